package org.denialflow.denial;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A denial in the ledger: the work item one process instance carries to an outcome. */
public record Denial(long id, long claimId, long importId, String kind, String status, String payerKey,
                     String payerName, String patientControlNumber, String payerClaimNumber,
                     BigDecimal amountAtRisk, String primaryGroup, String primaryCarc, String primaryRarcs,
                     LocalDate deniedOn, String category, String subcategory, String team,
                     String recommendedAction, Boolean appealable, String decisionReference, Integer priority,
                     String priorityTier, LocalDate deadline, String deadlineKind, int appealLevel, String outcome,
                     BigDecimal recoveredAmount, String processInstanceId, Instant createdAt, Instant resolvedAt) {

    /** "CO-50", or the kind when no reason carried money. */
    public String reasonCode() {
        return primaryCarc == null ? kind : primaryGroup + "-" + primaryCarc;
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
