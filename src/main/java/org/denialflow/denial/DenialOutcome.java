package org.denialflow.denial;

/** How a denial ended. */
public enum DenialOutcome {
    RECOVERED_IN_FULL("recovered in full"),
    RECOVERED_IN_PART("recovered in part"),
    OVERTURNED_ON_APPEAL("overturned on appeal"),
    PARTLY_OVERTURNED_ON_APPEAL("partly overturned on appeal"),
    UPHELD_ON_APPEAL("upheld on appeal"),
    BILLED_TO_PATIENT("billed to the patient"),
    BILLED_TO_OTHER_PAYER("billed to another payer"),
    WRITTEN_OFF("written off"),
    DEADLINE_MISSED("deadline missed"),
    NOT_A_DENIAL("not a denial"),
    DUPLICATE("duplicate");

    private final String label;

    DenialOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
