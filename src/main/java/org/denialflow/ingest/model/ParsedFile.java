package org.denialflow.ingest.model;

import java.util.List;

/**
 * Everything a reader found in one file. When {@link #hasErrors()} the file must be quarantined
 * as a whole and nothing in it imported.
 */
public record ParsedFile(SourceFormat format, List<Interchange> interchanges, List<Problem> problems) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Remittance> remittances() {
        return interchanges.stream().flatMap(i -> i.remittances().stream()).toList();
    }

    public List<ClaimAcknowledgment> acknowledgments() {
        return interchanges.stream().flatMap(i -> i.acknowledgments().stream()).toList();
    }
}
