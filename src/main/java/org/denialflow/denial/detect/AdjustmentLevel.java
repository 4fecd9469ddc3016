package org.denialflow.denial.detect;

/** Where an adjustment sat in the 835: claim-level CAS (loop 2100) or service-line CAS (loop 2110). */
public enum AdjustmentLevel {
    CLAIM,
    LINE
}
