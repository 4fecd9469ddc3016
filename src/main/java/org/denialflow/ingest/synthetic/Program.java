package org.denialflow.ingest.synthetic;

/**
 * The kind of coverage a synthetic payer offers, with the payment habits that make its paid claims
 * look real: how much of the charge it allows and how patient responsibility is split.
 */
enum Program {
    MEDICARE(0.35, 0.55, 0.10, 2000, 0, true),
    MEDICARE_ADVANTAGE(0.40, 0.60, 0.05, 1000, 3000, false),
    MEDICAID(0.25, 0.40, 0.0, 0, 300, false),
    COMMERCIAL(0.50, 0.80, 0.20, 2000, 2500, false);

    final double minAllowedShare;
    final double maxAllowedShare;
    /** Chance that a line falls into the deductible (PR-1). */
    final double deductibleChance;
    /** Coinsurance (PR-2) in basis points of the allowed amount after the deductible. */
    final int coinsuranceBasisPoints;
    /** Copay (PR-3) on the first office visit line, in cents; 0 when the program has none. */
    final long visitCopayCents;
    /** Medicare payments are reduced 2% by sequestration (CO-253). */
    final boolean sequestration;

    Program(double minAllowedShare, double maxAllowedShare, double deductibleChance, int coinsuranceBasisPoints,
            long visitCopayCents, boolean sequestration) {
        this.minAllowedShare = minAllowedShare;
        this.maxAllowedShare = maxAllowedShare;
        this.deductibleChance = deductibleChance;
        this.coinsuranceBasisPoints = coinsuranceBasisPoints;
        this.visitCopayCents = visitCopayCents;
        this.sequestration = sequestration;
    }
}
