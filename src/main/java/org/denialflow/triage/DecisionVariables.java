package org.denialflow.triage;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names the decision tables use: decision keys, input variables and output columns. BPMN business rule tasks,
 * delegates and {@link TriageDecisions} must use these constants so that a table and its callers always agree.
 * Renaming a column in Camunda Modeler means changing it here too (the DMN tests fail otherwise).
 */
public final class DecisionVariables {

    private DecisionVariables() {
    }

    // decision keys (file name = key of the main decision)
    public static final String DENIAL_CATEGORIZATION = "denial-categorization";
    public static final String APPEAL_RIGHTS = "appeal-rights";
    public static final String DENIAL_PRIORITY = "denial-priority";
    public static final String APPEAL_WINDOW = "appeal-window";
    public static final String TIMELY_FILING = "timely-filing";

    // inputs shared by several tables
    public static final String PAYER_PROGRAM = "payerProgram";
    public static final String PAYER_ID = "payerId";

    // denial-categorization inputs
    public static final String GROUP_CODE = "groupCode";
    public static final String CARC = "carc";
    /** All RARCs of the claim and the line, as one string wrapped in commas: {@code ",MA130,N211,"}; see {@link #rarcList}. */
    public static final String RARCS = "rarcs";
    public static final String CLAIM_FILING_INDICATOR = "claimFilingIndicator";
    // denial-categorization outputs
    public static final String CATEGORY = "category";
    public static final String SUBCATEGORY = "subcategory";
    public static final String TEAM = "team";
    public static final String RECOMMENDED_ACTION = "recommendedAction";
    public static final String APPEALABLE = "appealable";
    // appeal-rights (required decision of denial-categorization) outputs
    public static final String APPEAL_RIGHTS_RESULT = "appealRights";
    public static final String APPEAL_RIGHTS_REASON = "appealRightsReason";

    // denial-priority inputs (CATEGORY is shared)
    public static final String AMOUNT_AT_RISK = "amountAtRisk";
    public static final String DAYS_LEFT = "daysLeft";
    public static final String LIKELIHOOD_OF_SUCCESS = "likelihoodOfSuccess";
    // denial-priority outputs
    public static final String PRIORITY = "priority";
    public static final String TIER = "tier";

    // appeal-window inputs
    public static final String APPEAL_LEVEL = "appealLevel";
    public static final String CLAIM_TYPE = "claimType";
    public static final String PAYER_STATE = "payerState";
    /** ISO date (yyyy-mm-dd) as a string: the tables compare it as text, which orders ISO dates correctly. */
    public static final String DECISION_DATE = "decisionDate";
    public static final String PAYER_APPEAL_DAYS = "payerAppealDays";
    // appeal-window outputs
    public static final String LEVEL_NAME = "levelName";
    public static final String DAYS_ALLOWED = "daysAllowed";
    public static final String ANCHOR = "anchor";
    public static final String NEXT_LEVEL_NAME = "nextLevelName";
    public static final String MINIMUM_AMOUNT_IN_CONTROVERSY = "minimumAmountInControversy";
    public static final String EXPECTED_DECISION_DAYS = "expectedDecisionDays";
    public static final String FOLLOW_UP_INTERVAL_DAYS = "followUpIntervalDays";
    public static final String ESCALATION_ALLOWED = "escalationAllowed";
    public static final String AUTO_FORWARDED = "autoForwarded";

    // timely-filing inputs
    public static final String SUBMISSION_KIND = "submissionKind";
    public static final String NETWORK_STATUS = "networkStatus";
    public static final String PAYER_FILING_DAYS = "payerFilingDays";
    // timely-filing outputs (ANCHOR is shared)
    public static final String LIMIT_DAYS = "limitDays";
    public static final String NOTE = "note";

    /** Category value for codes no row knows; such denials go to the TRIAGE team. */
    public static final String UNKNOWN = "UNKNOWN";
    public static final String NOT_A_DENIAL = "NOT_A_DENIAL";

    /**
     * The RARC list in the form the tables test with {@code contains(rarcs, ",N54,")}: trimmed, upper case, no
     * duplicates, wrapped in commas so that N54 never matches N540. Empty input gives an empty string.
     */
    public static String rarcList(Collection<String> rarcs) {
        if (rarcs == null || rarcs.isEmpty()) {
            return "";
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String rarc : rarcs) {
            if (rarc != null && !rarc.isBlank()) {
                codes.add(rarc.trim().toUpperCase(Locale.ROOT));
            }
        }
        return codes.isEmpty() ? "" : "," + String.join(",", codes) + ",";
    }
}
