package org.denialflow.triage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the decisions need to know about one denial, read from the ledger: the primary denial reason
 * (group, CARC, its RARCs), the payer's program and own windows, the claim type and the dates.
 */
public record TriageFacts(long denialId, String groupCode, String carc, List<String> rarcs, PayerProgram payerProgram,
                          String claimFilingIndicator, String payerKey, String payerId, String payerState,
                          ClaimType claimType, BigDecimal amountAtRisk, LocalDate deniedOn, LocalDate serviceFrom,
                          Integer payerAppealDays, Integer payerFilingDays, String category, LocalDate deadline) {

    public CategorizationInput categorizationInput() {
        return new CategorizationInput(groupCode, carc, rarcs, payerProgram, claimFilingIndicator);
    }
}
