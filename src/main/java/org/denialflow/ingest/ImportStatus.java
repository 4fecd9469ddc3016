package org.denialflow.ingest;

/**
 * Where a file is in its import. RECEIVED and FAILED files are taken up again by the next attempt;
 * IMPORTED and QUARANTINED are final, so the same file sent twice changes nothing.
 */
public enum ImportStatus {
    RECEIVED,
    IMPORTING,
    IMPORTED,
    QUARANTINED,
    FAILED;

    public boolean isFinal() {
        return this == IMPORTED || this == QUARANTINED;
    }
}
