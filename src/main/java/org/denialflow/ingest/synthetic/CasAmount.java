package org.denialflow.ingest.synthetic;

/** One CAS reason with its amount in cents. */
record CasAmount(String group, String reason, long cents) {

    CasAmount negated() {
        return new CasAmount(group, reason, -cents);
    }
}
