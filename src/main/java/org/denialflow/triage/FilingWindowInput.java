package org.denialflow.triage;

/** Inputs of the timely-filing table; {@code payerFilingDays} is the payer's own limit from the payer registry. */
public record FilingWindowInput(PayerProgram payerProgram, String payerId, SubmissionKind submissionKind,
                                NetworkStatus networkStatus, Integer payerFilingDays) {

    public static FilingWindowInput of(PayerProgram program, SubmissionKind kind, NetworkStatus network) {
        return new FilingWindowInput(program, null, kind, network, null);
    }
}
