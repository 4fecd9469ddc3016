package org.denialflow.ingest.x12;

/**
 * Bounds that keep a hostile or corrupt file from exhausting memory or time. A file that crosses
 * one of them is reported with an ERROR problem and reading stops there.
 *
 * @param maxSegments           most segments read from one file (all interchanges together). The default,
 *                              2,000,000, is about 65 MB of X12 or 55,000 claims, above the 50 MB upload limit;
 *                              reading that many keeps about 220 MB of records (measured: roughly 110 bytes per
 *                              segment read) and ran in a 320 MB heap, input bytes included
 * @param maxElementLength      most characters in one element or component
 * @param maxElementsPerSegment most element, component and repetition separators in one segment
 * @param maxProblems           most problems of each severity kept; the rest are summarised in one entry
 */
public record X12ReaderLimits(long maxSegments, int maxElementLength, int maxElementsPerSegment, int maxProblems) {

    /**
     * The element limit is StAEDI's own buffer (4,096 characters): an element longer than that makes
     * StAEDI fail with an unhelpful syntax error, so the filter stops it first with a clear one.
     * Real elements are far shorter (the longest in the 835 guide is 264 characters).
     */
    public static final X12ReaderLimits DEFAULTS = new X12ReaderLimits(2_000_000, 4_096, 1_000, 1_000);

    public X12ReaderLimits {
        if (maxSegments < 1 || maxElementLength < 1 || maxElementsPerSegment < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public X12ReaderLimits withMaxSegments(long value) {
        return new X12ReaderLimits(value, maxElementLength, maxElementsPerSegment, maxProblems);
    }

    public X12ReaderLimits withMaxElementLength(int value) {
        return new X12ReaderLimits(maxSegments, value, maxElementsPerSegment, maxProblems);
    }

    /**
     * StAEDI tokenizes into a fixed buffer of this many characters, so the reader never lets a longer
     * element through, whatever {@code maxElementLength} says: it could only fail there as a syntax error.
     */
    public static final int TOKENIZER_MAX_ELEMENT_LENGTH = 4_096;
}
