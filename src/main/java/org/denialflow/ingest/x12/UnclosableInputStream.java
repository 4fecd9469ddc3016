package org.denialflow.ingest.x12;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Shields the caller's stream from StAEDI closing it: whoever opened a stream closes it. */
final class UnclosableInputStream extends FilterInputStream {

    UnclosableInputStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // intentionally left open
    }
}
