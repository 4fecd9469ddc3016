/**
 * Reads clearinghouse rejection/denial reports (CSV spreadsheets) into the canonical records of
 * {@link org.denialflow.ingest.model}. The standard layout and the mapping file that adapts a
 * clearinghouse's own headers are documented in docs/csv-report-format.md.
 */
package org.denialflow.ingest.csv;
