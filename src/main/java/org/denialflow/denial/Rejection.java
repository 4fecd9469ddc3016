package org.denialflow.denial;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A claim a clearinghouse or payer rejected on a 277CA: corrected and resubmitted, never appealed. */
public record Rejection(long id, long acknowledgmentId, long importId, String status, String payerKey,
                        String payerName, String patientControlNumber, String statusCategory, String statusCode,
                        String entityCode, BigDecimal billed, LocalDate rejectedOn, LocalDate deadline,
                        String outcome, String correctedClaimNumber, String processInstanceId, Instant createdAt,
                        Instant resolvedAt) {

    /** "A7:562:85" as clearinghouse staff read it. */
    public String statusText() {
        return statusCategory + ":" + (statusCode == null ? "" : statusCode)
                + (entityCode == null ? "" : ":" + entityCode);
    }
}
