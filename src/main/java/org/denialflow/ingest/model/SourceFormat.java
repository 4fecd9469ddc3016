package org.denialflow.ingest.model;

/** What kind of file an import read. */
public enum SourceFormat {
    X12_835,
    X12_277,
    CSV_REPORT,
    UNKNOWN
}
