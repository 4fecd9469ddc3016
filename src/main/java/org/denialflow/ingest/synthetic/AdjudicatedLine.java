package org.denialflow.ingest.synthetic;

import java.util.List;

/** A service line after adjudication; charge − paid equals the sum of its adjustments. */
record AdjudicatedLine(ClaimLine line, long chargeCents, long paidCents, long allowedCents,
                       List<CasAmount> adjustments, List<String> remarks) {

    AdjudicatedLine negated() {
        return new AdjudicatedLine(line, -chargeCents, -paidCents, -allowedCents,
                adjustments.stream().map(CasAmount::negated).toList(), remarks);
    }

    boolean denied() {
        return chargeCents > 0 && paidCents == 0;
    }
}
