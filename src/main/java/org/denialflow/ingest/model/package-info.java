/**
 * The canonical records every reader (X12 835, X12 277CA, clearinghouse CSV) produces.
 * Readers know formats; the ledger knows only these records.
 */
package org.denialflow.ingest.model;
