package org.denialflow.appeal;

import java.time.Instant;

/** An assembled packet (its PDF is read separately). {@code contents} lists its parts with their first pages. */
public record AppealPacket(long id, long denialId, int appealLevel, long letterId, Long coverLetterId, String sha256,
                           int pageCount, long sizeBytes, String contents, String createdBy, Instant createdAt,
                           String submittedBy, Instant submittedAt) {
}
