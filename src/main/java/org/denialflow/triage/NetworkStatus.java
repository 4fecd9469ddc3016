package org.denialflow.triage;

/** Whether the provider is in the payer's network for this claim. */
public enum NetworkStatus {
    IN, OUT, UNKNOWN
}
