package org.denialflow.appeal;

import java.time.Instant;

/** A document attached to a denial (its bytes are read separately). */
public record Attachment(long id, long denialId, AttachmentKind kind, String fileName, String mediaType, long sizeBytes,
                         String sha256, String description, String uploadedBy, Instant uploadedAt) {

    public boolean isPdf() {
        return UploadCheck.PDF.equals(mediaType);
    }
}
