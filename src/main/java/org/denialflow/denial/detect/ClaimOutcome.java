package org.denialflow.denial.detect;

/** What an 835 claim means for denial management; see {@link DenialDetector} for the rules. */
public enum ClaimOutcome {
    /** Paid with no adjustment carrying money. */
    PAID,
    /** Adjusted only by non-denial codes (cost sharing, contractual, prior payer); tracked, not worked. */
    NOT_DENIED_ADJUSTED,
    /** Some money denied on a claim that was otherwise paid, usually one or more lines. */
    PARTIALLY_DENIED,
    /** Nothing paid and the payer refused the claim (or said so with CLP02=4). */
    DENIED,
    /** Nothing paid because the payer pended the claim for review (CARC 133): follow up, not appeal. */
    PENDED,
    /** CLP02=22: the payer takes back an earlier adjudication; a new one usually follows. */
    REVERSAL
}
