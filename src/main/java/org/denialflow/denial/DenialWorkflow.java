package org.denialflow.denial;

import java.math.BigDecimal;

/**
 * What the ledger asks of the process engine. The workflow package implements it; the ledger
 * does not know BPMN. Every call joins the caller's transaction, so a ledger row and its process
 * commit together or not at all.
 */
public interface DenialWorkflow {

    /** Starts the lifecycle of a new denial and returns the process instance id. */
    String startDenial(Denial denial);

    /** Starts the correction of a new 277CA rejection and returns the process instance id. */
    String startRejection(Rejection rejection);

    /** Tells a denial's process that a later remittance paid money on the claim. */
    void paymentPosted(long denialId, BigDecimal amount, boolean fullyRecovered);

    /** Tells a rejection's process that the claim was accepted on a later acknowledgment or paid. */
    void claimAccepted(long rejectionId);
}
