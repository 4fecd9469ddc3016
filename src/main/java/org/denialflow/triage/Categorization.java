package org.denialflow.triage;

/**
 * What the categorization table decided. {@code team} is also the Tasklist candidate group. {@code appealRightsReason}
 * says why appeal rights are missing (or that nothing removes them).
 */
public record Categorization(String category, String subcategory, String team, String recommendedAction,
                             boolean appealable, String appealRightsReason, DecisionRef decision) {

    /** True when no row knew the code: the denial goes to TRIAGE and the code is counted. */
    public boolean unknown() {
        return DecisionVariables.UNKNOWN.equals(category);
    }

    public boolean denial() {
        return !DecisionVariables.NOT_A_DENIAL.equals(category);
    }
}
