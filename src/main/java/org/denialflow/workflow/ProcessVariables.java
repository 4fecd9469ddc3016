package org.denialflow.workflow;

/**
 * The few values a process instance carries. Business data stays in the ledger and is read by id;
 * these drive routing and show in Tasklist's lists and forms.
 */
public final class ProcessVariables {

    public static final String DENIAL_ID = "denialId";
    public static final String REJECTION_ID = "rejectionId";
    public static final String CLAIM_NUMBER = "claimNumber";
    public static final String PATIENT_CONTROL_NUMBER = "patientControlNumber";
    public static final String PAYER_NAME = "payerName";
    public static final String AMOUNT_AT_RISK = "amountAtRisk";
    public static final String DENIAL_REASON = "denialReason";
    public static final String DEADLINE = "deadline";
    public static final String CANDIDATE_GROUP = "candidateGroup";
    public static final String PAYMENT_AMOUNT = "paymentAmount";
    public static final String FULLY_RECOVERED = "fullyRecovered";
    public static final String OUTCOME = "outcome";

    // triage and routing
    public static final String CATEGORY = "category";
    public static final String TEAM = "team";
    public static final String RECOMMENDED_ACTION = "recommendedAction";
    public static final String APPEALABLE = "appealable";
    /** The route the denial takes: see {@link Route}. */
    public static final String ROUTE = "route";
    public static final String ROUTE_RATIONALE = "routeRationale";
    public static final String TASK_PRIORITY = "taskPriority";
    public static final String PRIORITY_TIER = "priorityTier";
    public static final String CATEGORIZATION_RESULT = "categorization";
    public static final String PRIORITY_RESULT = "priorityDecision";
    /** What follows the work on a denial: AWAIT_PAYER, APPEAL, WRITE_OFF or CLOSE. */
    public static final String NEXT_STEP = "nextStep";
    /** Where work resumes after a supervisor extended a missed deadline: WORK or APPEAL. */
    public static final String RESUME_AT = "resumeAt";

    // what users enter on the forms
    public static final String RESOLUTION = "resolution";
    public static final String CODING_DECISION = "codingDecision";
    public static final String DOCUMENTATION_DECISION = "documentationDecision";
    public static final String CORRECTED_CLAIM_NUMBER = "correctedClaimNumber";
    public static final String FREQUENCY_CODE = "frequencyCode";
    public static final String SUBMITTED_ON = "submittedOn";
    public static final String CHANNEL = "channel";
    public static final String REFERENCE = "reference";
    public static final String NOTE = "note";
    public static final String WRITE_OFF_REASON = "writeOffReason";
    public static final String WRITE_OFF_APPROVAL_NEEDED = "writeOffApprovalNeeded";
    public static final String WRITE_OFF_APPROVED = "writeOffApproved";
    public static final String LATE_DECISION = "lateDecision";
    public static final String NEW_DEADLINE = "newDeadline";

    // appeals
    public static final String APPEAL_LEVEL = "appealLevel";
    public static final String LEVEL_NAME = "levelName";
    public static final String APPEAL_DEADLINE = "appealDeadline";
    public static final String APPEAL_DECISION = "appealDecision";
    public static final String DECIDED_ON = "decidedOn";
    public static final String RECOVERED_AMOUNT = "recoveredAmount";
    public static final String FOLLOW_UP_CYCLE = "followUpCycle";
    public static final String EXPECTED_DECISION = "expectedDecision";
    public static final String ESCALATE = "escalate";
    public static final String ESCALATION_RATIONALE = "escalationRationale";
    public static final String APPEAL_WINDOW_RESULT = "appealWindow";
    public static final String LEVEL_AVAILABLE = "levelAvailable";

    // payments and rejections
    public static final String PAYMENT_RESOLVES = "paymentResolves";
    public static final String REJECTION_DECISION = "rejectionDecision";

    /** Task-local text every form shows: the claim, codes, decision, deadline and history. */
    public static final String DENIAL_SUMMARY = "denialSummary";

    public static final String DENIAL_PROCESS = "denial-lifecycle";
    public static final String REJECTION_PROCESS = "rejection-correction";
    public static final String PAYMENT_POSTED = "PaymentPosted";
    public static final String CLAIM_ACCEPTED = "ClaimAccepted";
    public static final String APPEAL_PROCESS = "appeal-level";

    private ProcessVariables() {
    }
}
