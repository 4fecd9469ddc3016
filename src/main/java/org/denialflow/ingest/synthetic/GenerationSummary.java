package org.denialflow.ingest.synthetic;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generator wrote. For remittances, {@code claimRecords} counts CLP loops (a reversed claim
 * has two), {@code denied} full denials, {@code partiallyDenied} paid claims with one denied line;
 * for acknowledgments, {@code denied} counts rejected claims and the other counters stay 0.
 */
public record GenerationSummary(List<Path> files, long claims, long claimRecords, long denied,
                                long partiallyDenied, long reversals) {
}
