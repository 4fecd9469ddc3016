package org.denialflow.triage;

import java.util.List;

/**
 * One denied adjustment to categorize: the CAS group code and CARC, every RARC of the claim (MIA/MOA) and of the
 * line (LQ*HE), the payer program (derived from the filing indicator when null) and the claim filing indicator.
 */
public record CategorizationInput(String groupCode, String carc, List<String> rarcs, PayerProgram payerProgram,
                                  String claimFilingIndicator) {

    public CategorizationInput {
        rarcs = rarcs == null ? List.of() : List.copyOf(rarcs);
        if (payerProgram == null) {
            payerProgram = PayerProgram.fromFilingIndicator(claimFilingIndicator);
        }
    }

    /** Group and CARC only; the program comes from the filing indicator. */
    public static CategorizationInput of(String groupCode, String carc, String claimFilingIndicator, String... rarcs) {
        return new CategorizationInput(groupCode, carc, List.of(rarcs), null, claimFilingIndicator);
    }
}
