package org.denialflow.ingest.csv;

import java.util.List;

/** One CSV record and the (1-based) line it starts on; a quoted field may span lines. */
record CsvRecord(long line, List<String> fields) {

    boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
