package org.denialflow.ingest.csv;

/** What one report row describes: an adjustment of an adjudicated claim, or a front-end verdict. */
public enum RecordType {
    DENIAL,
    REJECTION,
    ACCEPTANCE
}
