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
     * StAEDI tokenizes into a fixed 4,096-character buffer, so a longer element could only fail there as
     * a syntax error; the reader never allows more, whatever {@code maxElementLength} says. No element of
     * an 835 or 277 comes near it (the longest, free-text messages, are 264 characters at most).
     */
    public static final int TOKENIZER_MAX_ELEMENT_LENGTH = 4_096;

    public static final X12ReaderLimits DEFAULTS = new X12ReaderLimits(2_000_000, TOKENIZER_MAX_ELEMENT_LENGTH, 1_000, 1_000);

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
}
