package org.denialflow.denial.detect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.denialflow.ingest.model.Adjustment;
import org.denialflow.ingest.model.RemarkCode;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.model.ServiceLine;

/**
 * Decides whether an 835 claim is a denial, following PRIMER section 2. Pure and stateless.
 *
 * <h2>Adjustments</h2>
 * A claim or line CAS adjustment is a <em>denial adjustment</em> when its group and CARC are not in
 * {@link NonDenialAdjustments} and its amount is positive (on a reversal: non-zero, since amounts
 * are negated). All others are non-denial adjustments.
 *
 * <h2>Outcome, first rule that applies</h2>
 * <ol>
 *   <li>CLP02 = 22: {@link ClaimOutcome#REVERSAL}.</li>
 *   <li>Nothing paid and a denial adjustment with CARC 133: {@link ClaimOutcome#PENDED}.</li>
 *   <li>CLP02 = 4, or charge &gt; 0 and nothing paid and either a denial adjustment exists or no
 *       adjustment carries money at all: {@link ClaimOutcome#DENIED}. CLP02 = 4 alone is enough because
 *       the PRIMER says so, even when the adjustments are all non-denial codes (e.g. moov sample1's
 *       PR-27 claims are denied on both counts); a zero-paid claim is not denied by CLP02 1/2/3 alone,
 *       as 5010 reports zero-pay adjudications with those.</li>
 *   <li>Something paid and a denial adjustment: {@link ClaimOutcome#PARTIALLY_DENIED}.</li>
 *   <li>Some adjustment carries money: {@link ClaimOutcome#NOT_DENIED_ADJUSTED}; else {@link ClaimOutcome#PAID}.</li>
 * </ol>
 *
 * <h2>Amount at risk</h2>
 * For DENIED, PARTIALLY_DENIED and PENDED: the sum of the denial adjustments (claim and line level).
 * When that sum is zero, the denial is unclear from the codes (CLP02 = 4 with only non-denial codes,
 * or no adjustments at all), and the amount is charge − paid − patient responsibility (CLP05), not
 * below zero. For every other outcome it is zero.
 *
 * <h2>Primary reason</h2>
 * Denial adjustments are summed by group and CARC over the claim and its lines; the largest sum wins,
 * and a tie goes to the pair that appears first (claim level before lines, lines in file order). Its
 * remark codes are the claim-level ones (MIA/MOA) followed by the LQ codes of the lines carrying it.
 */
public final class DenialDetector {

    static final String REVERSAL_STATUS = "22";
    static final String DENIED_STATUS = "4";
    static final String PENDED_REASON = "133";

    public DenialAssessment assess(RemittanceClaim claim) {
        boolean reversal = REVERSAL_STATUS.equals(trim(claim.statusCode()));
        List<ClassifiedAdjustment> denials = new ArrayList<>();
        List<ClassifiedAdjustment> others = new ArrayList<>();
        for (ClassifiedAdjustment adjustment : allAdjustments(claim)) {
            (isDenial(adjustment.adjustment(), reversal) ? denials : others).add(adjustment);
        }
        ClaimOutcome outcome = outcome(claim, reversal, denials, others);
        boolean denied = outcome == ClaimOutcome.DENIED || outcome == ClaimOutcome.PARTIALLY_DENIED
                || outcome == ClaimOutcome.PENDED;
        return new DenialAssessment(outcome, denied ? amountAtRisk(claim, denials) : BigDecimal.ZERO,
                List.copyOf(denials), List.copyOf(others), denied ? primaryReason(claim, denials) : null);
    }

    private static ClaimOutcome outcome(RemittanceClaim claim, boolean reversal, List<ClassifiedAdjustment> denials,
                                        List<ClassifiedAdjustment> others) {
        if (reversal) {
            return ClaimOutcome.REVERSAL;
        }
        BigDecimal charge = orZero(claim.charge());
        BigDecimal paid = orZero(claim.paid());
        boolean nothingPaid = paid.signum() == 0;
        boolean moneyAdjusted = !denials.isEmpty() || others.stream().anyMatch(a -> amount(a).signum() != 0);
        if (nothingPaid && denials.stream().anyMatch(a -> PENDED_REASON.equals(a.adjustment().reason()))) {
            return ClaimOutcome.PENDED;
        }
        if (DENIED_STATUS.equals(trim(claim.statusCode()))
                || (charge.signum() > 0 && nothingPaid && (!denials.isEmpty() || !moneyAdjusted))) {
            return ClaimOutcome.DENIED;
        }
        if (paid.signum() > 0 && !denials.isEmpty()) {
            return ClaimOutcome.PARTIALLY_DENIED;
        }
        return moneyAdjusted ? ClaimOutcome.NOT_DENIED_ADJUSTED : ClaimOutcome.PAID;
    }

    private static boolean isDenial(Adjustment adjustment, boolean reversal) {
        if (NonDenialAdjustments.isNonDenial(adjustment)) {
            return false;
        }
        int sign = orZero(adjustment.amount()).signum();
        return reversal ? sign != 0 : sign > 0;
    }

    private static BigDecimal amountAtRisk(RemittanceClaim claim, List<ClassifiedAdjustment> denials) {
        BigDecimal denied = denials.stream().map(DenialDetector::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (denied.signum() > 0) {
            return denied;
        }
        BigDecimal unexplained = orZero(claim.charge()).subtract(orZero(claim.paid()))
                .subtract(orZero(claim.patientResponsibility()));
        return unexplained.max(BigDecimal.ZERO);
    }

    private static PrimaryDenialReason primaryReason(RemittanceClaim claim, List<ClassifiedAdjustment> denials) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (ClassifiedAdjustment denial : denials) {
            totals.merge(denial.groupAndReason(), amount(denial), BigDecimal::add);
        }
        String winner = null;
        for (Map.Entry<String, BigDecimal> total : totals.entrySet()) {
            if (winner == null || total.getValue().compareTo(totals.get(winner)) > 0) {
                winner = total.getKey();
            }
        }
        if (winner == null) {
            return null;
        }
        Set<RemarkCode> remarks = new LinkedHashSet<>(claim.remarkCodes());
        ClassifiedAdjustment first = null;
        for (ClassifiedAdjustment denial : denials) {
            if (denial.groupAndReason().equals(winner)) {
                first = first == null ? denial : first;
                remarks.addAll(denial.remarkCodes());
            }
        }
        return new PrimaryDenialReason(first.adjustment().group(), first.adjustment().reason(), totals.get(winner),
                List.copyOf(remarks));
    }

    private static List<ClassifiedAdjustment> allAdjustments(RemittanceClaim claim) {
        List<ClassifiedAdjustment> all = new ArrayList<>();
        for (Adjustment adjustment : claim.adjustments()) {
            all.add(new ClassifiedAdjustment(AdjustmentLevel.CLAIM, 0, null, adjustment, List.of()));
        }
        List<ServiceLine> lines = claim.lines();
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            for (Adjustment adjustment : line.adjustments()) {
                all.add(new ClassifiedAdjustment(AdjustmentLevel.LINE, i + 1, line.procedureCode(), adjustment,
                        line.remarkCodes()));
            }
        }
        return all;
    }

    private static BigDecimal amount(ClassifiedAdjustment adjustment) {
        return orZero(adjustment.adjustment().amount());
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
