package org.denialflow.ingest.x12;

import java.io.IOException;

/** Thrown by {@link X12InputFilter} when the input crosses one of the {@link X12ReaderLimits}. */
final class InputLimitExceededException extends IOException {

    private final long segmentPosition;
    private final String segmentId;

    InputLimitExceededException(String message, long segmentPosition, String segmentId) {
        super(message);
        this.segmentPosition = segmentPosition;
        this.segmentId = segmentId;
    }

    long segmentPosition() {
        return segmentPosition;
    }

    /** The id of the segment being read, or null when the limit was crossed before its id was complete. */
    String segmentId() {
        return segmentId;
    }
}
