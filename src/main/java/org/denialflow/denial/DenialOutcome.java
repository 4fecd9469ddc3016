package org.denialflow.denial;

/** How a denial ended. */
public enum DenialOutcome {
    RECOVERED_IN_FULL("recovered in full"),
    RECOVERED_IN_PART("recovered in part"),
    WRITTEN_OFF("written off"),
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
