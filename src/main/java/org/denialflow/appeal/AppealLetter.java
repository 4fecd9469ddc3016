package org.denialflow.appeal;

import java.time.Instant;

/** A letter made from a template for one denial: DRAFT while it may be edited, FINAL once it may be sent. */
public record AppealLetter(long id, long denialId, LetterKind kind, int appealLevel, String templateName,
                           String templateTitle, String templateVersion, String templateSha256, String body,
                           String status, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
                           Instant finalizedAt) {

    public static final String DRAFT = "DRAFT";
    public static final String FINAL = "FINAL";

    public boolean isFinal() {
        return FINAL.equals(status);
    }
}
