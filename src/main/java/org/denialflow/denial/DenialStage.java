package org.denialflow.denial;

/** Where an open denial stands in its lifecycle (the denial's {@code stage} column). */
public enum DenialStage {
    TRIAGE,
    CORRECTION,
    CODING_REVIEW,
    DOCUMENTATION_REVIEW,
    APPEAL,
    AWAITING_PAYER,
    WRITE_OFF_APPROVAL,
    REOPENING,
    CLOSED
}
