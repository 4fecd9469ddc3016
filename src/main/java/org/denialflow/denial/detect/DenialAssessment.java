package org.denialflow.denial.detect;

import java.math.BigDecimal;
import java.util.List;

/**
 * The {@link DenialDetector}'s verdict on one 835 claim.
 *
 * @param amountAtRisk          denied money; see {@link DenialDetector} for the definition. Zero unless
 *                              the outcome is DENIED, PARTIALLY_DENIED or PENDED
 * @param denialAdjustments     adjustments that deny money (claim and line level, in file order)
 * @param nonDenialAdjustments  all other adjustments: non-denial codes, and zero or negative amounts
 * @param primaryReason         null unless the outcome is DENIED, PARTIALLY_DENIED or PENDED and some
 *                              denial adjustment carries money
 */
public record DenialAssessment(ClaimOutcome outcome, BigDecimal amountAtRisk,
                               List<ClassifiedAdjustment> denialAdjustments,
                               List<ClassifiedAdjustment> nonDenialAdjustments,
                               PrimaryDenialReason primaryReason) {

    public boolean isDenial() {
        return outcome == ClaimOutcome.DENIED || outcome == ClaimOutcome.PARTIALLY_DENIED;
    }
}
