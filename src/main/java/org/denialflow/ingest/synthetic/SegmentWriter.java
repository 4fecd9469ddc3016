package org.denialflow.ingest.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes X12 segments with {@code *} elements, {@code :} components and {@code ~} terminators,
 * dropping trailing empty elements as the standard requires, and counts segments for SE01.
 */
final class SegmentWriter {

    static final char ELEMENT = '*';
    static final char COMPONENT = ':';
    static final char REPETITION = '^';
    static final char TERMINATOR = '~';

    private final Writer out;
    private final boolean lineBreaks;
    private int transactionSegments;

    SegmentWriter(Writer out, boolean lineBreaks) {
        this.out = out;
        this.lineBreaks = lineBreaks;
    }

    void segment(String id, String... elements) {
        int last = elements.length - 1;
        while (last >= 0 && isEmpty(elements[last])) {
            last--;
        }
        try {
            out.write(id);
            for (int i = 0; i <= last; i++) {
                out.write(ELEMENT);
                if (elements[i] != null) {
                    out.write(elements[i]);
                }
            }
            out.write(TERMINATOR);
            if (lineBreaks) {
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactionSegments++;
    }

    /** Writes ISA as is: its fixed-width elements must keep their padding. */
    void rawSegment(String text) {
        try {
            out.write(text);
            out.write(TERMINATOR);
            if (lineBreaks) {
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void startTransaction() {
        transactionSegments = 0;
    }

    /** Segments written since {@link #startTransaction()}, the ST included. */
    int transactionSegmentCount() {
        return transactionSegments;
    }

    static String composite(String... components) {
        int last = components.length - 1;
        while (last > 0 && isEmpty(components[last])) {
            last--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                sb.append(COMPONENT);
            }
            if (components[i] != null) {
                sb.append(components[i]);
            }
        }
        return sb.toString();
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
