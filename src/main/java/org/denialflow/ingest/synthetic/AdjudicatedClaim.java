package org.denialflow.ingest.synthetic;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim as the payer reports it on the 835. {@code lines} is empty when the payer adjudicated
 * at claim level; {@code cause} is set on full and partial denials.
 */
record AdjudicatedClaim(BaseClaim claim, String status, String payerClaimNumber, String frequencyCode,
                        long chargeCents, long paidCents, long patientResponsibilityCents,
                        List<CasAmount> adjustments, List<String> remarks, List<AdjudicatedLine> lines,
                        Outcome outcome, DenialCause cause) {

    enum Outcome { PAID, DENIED, PARTIALLY_DENIED, REVERSAL }

    /** The CLP02=22 record that takes back this claim: same identifiers, every amount negated. */
    AdjudicatedClaim reversal() {
        return new AdjudicatedClaim(claim, "22", payerClaimNumber, frequencyCode, -chargeCents, -paidCents,
                -patientResponsibilityCents, adjustments.stream().map(CasAmount::negated).toList(), remarks,
                lines.stream().map(AdjudicatedLine::negated).toList(), Outcome.REVERSAL, null);
    }

    LocalDate serviceFrom() {
        return claim.serviceFrom();
    }

    LocalDate serviceTo() {
        return claim.serviceTo();
    }
}
