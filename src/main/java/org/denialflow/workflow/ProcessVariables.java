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

    public static final String DENIAL_PROCESS = "denial-lifecycle";
    public static final String REJECTION_PROCESS = "rejection-correction";
    public static final String PAYMENT_POSTED = "PaymentPosted";
    public static final String CLAIM_ACCEPTED = "ClaimAccepted";

    private ProcessVariables() {
    }
}
