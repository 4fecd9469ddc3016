package org.denialflow.workflow;

import org.denialflow.platform.identity.Team;

/**
 * The routes of the denial lifecycle, chosen from the categorization's team and recommended action
 * (or by a supervisor by hand). The BPMN gateway "Which route?" tests these names.
 */
public enum Route {
    NOT_A_DENIAL(null, "nothing to work: the adjustment is not a denial"),
    CORRECTION(null, "correct the claim and resubmit it"),
    CODING_REVIEW(Team.CODING, "coders review the codes: recode, confirm and appeal, or accept"),
    DOCUMENTATION_REVIEW(Team.CDI, "clinical documentation review: gather records, then appeal or accept"),
    APPEAL(Team.APPEALS, "appeal to the payer"),
    REOPENING(Team.BILLING, "Medicare clerical error: request a reopening instead of an appeal"),
    WRITE_OFF(null, "no appeal rights or nothing to gain: write off with a reason"),
    TRIAGE(Team.SUPERVISORS, "the codes are unknown or unroutable: a supervisor picks the route");

    private final Team fixedTeam;
    private final String meaning;

    Route(Team fixedTeam, String meaning) {
        this.fixedTeam = fixedTeam;
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** The Tasklist candidate group of the route's work: fixed, or the decision's team. */
    public String candidateGroup(String decisionTeam) {
        return fixedTeam != null ? fixedTeam.groupId() : Team.fromDecision(decisionTeam).groupId();
    }

    /** The route for a categorization result. */
    public static Route of(String category, String team, String action) {
        return of(category, null, team, action);
    }

    /**
     * The route for a categorization result. Coders review bundling denials (recode, confirm or accept) and
     * anything they are sent for other than a plain corrected claim; other coding errors are corrected by them.
     */
    public static Route of(String category, String subcategory, String team, String action) {
        if ("NOT_A_DENIAL".equals(category)) {
            return NOT_A_DENIAL;
        }
        if (category == null || "UNKNOWN".equals(category) || "TRIAGE".equals(team) || "TRIAGE".equals(action)) {
            return TRIAGE;
        }
        if ("REOPENING".equals(action)) {
            return REOPENING;
        }
        if ("WRITE_OFF".equals(action)) {
            return WRITE_OFF;
        }
        if ("APPEALS".equals(team) || "APPEAL".equals(action) && !"CDI".equals(team) && !"CODING".equals(team)) {
            return APPEAL;
        }
        if ("CDI".equals(team)) {
            return DOCUMENTATION_REVIEW;
        }
        if ("CODING".equals(team) && ("BUNDLING".equals(subcategory) || !"CORRECT_AND_RESUBMIT".equals(action))) {
            return CODING_REVIEW;
        }
        if (Team.fromDecision(team) == Team.SUPERVISORS) {
            return TRIAGE;
        }
        return CORRECTION;
    }

    public static Route parse(String value) {
        try {
            return value == null ? TRIAGE : valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return TRIAGE;
        }
    }
}
