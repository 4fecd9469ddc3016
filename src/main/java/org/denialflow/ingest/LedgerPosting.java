package org.denialflow.ingest;

import org.denialflow.ingest.model.ParsedFile;

/**
 * Where a read file goes: the ledger posts what it means (claims, denials, payments, rejections)
 * inside the caller's transaction and says what it did.
 */
public interface LedgerPosting {

    ImportCounts post(long importId, ParsedFile file);
}
