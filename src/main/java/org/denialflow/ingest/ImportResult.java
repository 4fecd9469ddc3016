package org.denialflow.ingest;

import java.util.List;

import org.denialflow.ingest.model.Problem;

/**
 * The answer to "take this file": the import's id and status, and when the file had been taken
 * before, the id of that earlier import (nothing changed this time).
 */
public record ImportResult(long importId, ImportStatus status, boolean alreadyImported, String message,
                           ImportCounts counts, List<Problem> problems) {
}
