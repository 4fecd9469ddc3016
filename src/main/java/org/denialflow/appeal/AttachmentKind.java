package org.denialflow.appeal;

import java.util.Locale;

/** What an attached document is, so the packet and the payer can tell them apart. */
public enum AttachmentKind {
    CLINICAL_NOTES("Clinical notes"),
    MEDICAL_RECORDS("Medical records"),
    PROVIDER_STATEMENT("Provider statement"),
    PROOF_OF_TIMELY_FILING("Proof of timely filing"),
    PAYER_FORM("Payer form"),
    OTHER("Other document");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static AttachmentKind parse(String value) {
        if (value == null || value.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw AppealException.invalid("kind must be one of " + java.util.Arrays.toString(values()) + ", not " + value);
        }
    }
}
