package org.denialflow.triage;

/** What is being (re)submitted: the first claim, a corrected claim (frequency 7), or a claim rejected on a 277CA. */
public enum SubmissionKind {
    ORIGINAL, CORRECTED, REJECTED_RESUBMISSION
}
