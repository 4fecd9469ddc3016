package org.denialflow.review;

/** The preventive actions a review can agree on (the brief's preventive strategies). */
public enum ActionType {
    STAFF_TRAINING,
    DOCUMENTATION_IMPROVEMENT,
    FRONT_END_VERIFICATION,
    PAYER_ESCALATION
}
