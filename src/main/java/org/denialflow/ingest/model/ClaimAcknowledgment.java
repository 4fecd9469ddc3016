package org.denialflow.ingest.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One claim's status from a 277CA (005010X214) or 277 (005010X212), or a rejection row of a
 * clearinghouse CSV report. {@code statuses} holds every STC composite for the claim; the first
 * one decides whether the claim was accepted (A1, A2) or rejected (A3, A6, A7, A8).
 */
public record ClaimAcknowledgment(
        String implementationVersion,
        String payerName, String payerId,
        String providerName, String providerId,
        String patientControlNumber,      // TRN02 at the claim level
        String payerClaimControlNumber,   // REF*1K
        String clearinghouseTraceNumber,  // REF*D9
        String patientName, String memberId,
        BigDecimal charge,
        LocalDate serviceFrom, LocalDate serviceTo,
        LocalDate statusDate,
        List<ClaimStatus> statuses,
        long segmentPosition) {

    /** One STC composite: category (STC01-1), status code (STC01-2), entity (STC01-3). */
    public record ClaimStatus(String category, String code, String entity, String freeText) {
    }
}
