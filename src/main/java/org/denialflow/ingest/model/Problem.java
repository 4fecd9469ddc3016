package org.denialflow.ingest.model;

/**
 * Something wrong with an input file. {@code segmentPosition} is the 1-based ordinal of the
 * segment in the file (or the line number of a CSV report), 0 when it concerns the whole file.
 * An ERROR quarantines the whole file; a WARNING is reported and the data is still taken.
 */
public record Problem(Severity severity, String code, String message, long segmentPosition, String segmentId,
                      String claimReference) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String code, String message, long position, String segmentId) {
        return new Problem(Severity.ERROR, code, message, position, segmentId, null);
    }

    public static Problem warning(String code, String message, long position, String segmentId, String claimReference) {
        return new Problem(Severity.WARNING, code, message, position, segmentId, claimReference);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
