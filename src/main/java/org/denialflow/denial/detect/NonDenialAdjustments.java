package org.denialflow.denial.detect;

import java.util.Set;

import org.denialflow.ingest.model.Adjustment;

/**
 * The one list of group-and-CARC pairs that adjust a claim without denying it (PRIMER section 2):
 * they are tracked and excluded from denial rates. Everything else with money on it is a denial.
 * <p>
 * Patient responsibility is not a denial when it is cost sharing (deductible, coinsurance, copay,
 * blood deductible, Medicaid patient liability). Other PR reasons, such as PR-27 "coverage
 * terminated" or PR-96 "non-covered", are denials that shift the bill to the patient, and route to
 * the front office per the routing table.
 */
public final class NonDenialAdjustments {

    private static final Set<String> CODES = Set.of(
            // cost sharing
            "PR-1", "PR-2", "PR-3", "PR-66", "PR-142",
            // contractual: charge over fee schedule or contract, contractual adjustment, sequestration
            "CO-45", "CO-42", "CO-A2", "CO-253",
            // negotiated discount, multiple-procedure and similar pricing rules
            "CO-131", "CO-59",
            // coordination of benefits: prior payer's adjudication, processed in excess of charges
            "OA-23", "OA-94");

    /** Reasons that are non-denials under some group; used for 4010 group CR, which hides the original group. */
    private static final Set<String> REASONS = CODES.stream()
            .map(code -> code.substring(code.indexOf('-') + 1))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private NonDenialAdjustments() {
    }

    public static boolean isNonDenial(Adjustment adjustment) {
        return isNonDenial(adjustment.group(), adjustment.reason());
    }

    public static boolean isNonDenial(String group, String reason) {
        String g = group == null ? "" : group.trim();
        String r = reason == null ? "" : reason.trim();
        if (g.equals("CR")) {
            return REASONS.contains(r);
        }
        return CODES.contains(g + "-" + r);
    }

    public static Set<String> codes() {
        return CODES;
    }
}
