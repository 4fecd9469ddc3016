package org.denialflow.ingest.x12;

import java.io.IOException;

/** Thrown by {@link X12InputFilter} when the input crosses one of the {@link X12ReaderLimits}. */
final class InputLimitExceededException extends IOException {

    private final long segmentPosition;

    InputLimitExceededException(String message, long segmentPosition) {
        super(message);
        this.segmentPosition = segmentPosition;
    }

    long segmentPosition() {
        return segmentPosition;
    }
}
