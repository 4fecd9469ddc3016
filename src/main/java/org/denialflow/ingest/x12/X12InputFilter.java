package org.denialflow.ingest.x12;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans raw X12 bytes before StAEDI sees them, and bounds them.
 * <ul>
 *   <li>drops a UTF-8 byte-order mark, which StAEDI rejects as an invalid first character, at the start
 *       of the file and before any segment (files joined end to end);</li>
 *   <li>drops whitespace (indentation, CR, LF) before each segment, and CR/LF anywhere else unless
 *       the ISA declares one of them as a delimiter, so indented, line-per-segment and line-wrapped
 *       files read alike;</li>
 *   <li>learns the delimiters from each ISA and re-pads it to the fixed length StAEDI requires;</li>
 *   <li>enforces the element length, separators per segment and segment count limits.</li>
 * </ul>
 * Works on bytes: every X12 delimiter is ASCII and UTF-8 never uses ASCII byte values inside a
 * multi-byte character, so UTF-8 text passes through untouched; a byte that is not UTF-8 is taken
 * as ISO-8859-1 and re-encoded (see {@link #latin1Bytes()}).
 */
final class X12InputFilter extends InputStream {

    enum Start { EMPTY, INTERCHANGE, NO_ENVELOPE, NOT_X12 }

    private static final int ISA_LENGTH = 106;
    private static final int REPETITION_OFFSET = 82;
    /** Index of ISA11 (repetition separator in 5010, standards id in 4010) in the ISA element list. */
    private static final int REPETITION_ELEMENT = 10;
    /** Fixed widths of ISA01..ISA15; ISA16 is the one-character component separator. */
    private static final int[] ISA_WIDTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1};
    private static final int MAX_HEADER_LENGTH = 200;
    private static final int MAX_TAG_LENGTH = 3;

    private final PushbackInputStream in;
    private final X12ReaderLimits limits;
    /** The configured limit, but never above what StAEDI can tokenize (longer elements are a syntax error there). */
    private final int maxElementLength;

    private int elementSeparator = -1;
    private int componentSeparator = -1;
    private int repetitionSeparator = -1;
    private int segmentTerminator = -1;

    private final byte[] pending = new byte[ISA_LENGTH];
    private int pendingPosition;
    private int pendingLength;

    private boolean atSegmentStart = true;
    private long segmentsEnded;
    private int elementLength;
    private int separatorsInSegment;
    private int whitespaceRun;
    /** The id of the segment being read (its characters before the first separator), for limit reports. */
    private final StringBuilder tag = new StringBuilder();
    private String segmentId;
    private InputLimitExceededException limitExceeded;
    private final List<HeaderDeviation> headerDeviations = new ArrayList<>();
    private String malformedHeader;
    private long malformedHeaderPosition;
    private long latin1Bytes;
    private long firstLatin1Position;
    private String firstLatin1SegmentId;

    X12InputFilter(InputStream raw, X12ReaderLimits limits) {
        this.in = new PushbackInputStream(new BufferedInputStream(raw), 8);
        this.limits = limits;
        this.maxElementLength = Math.min(limits.maxElementLength(), X12ReaderLimits.TOKENIZER_MAX_ELEMENT_LENGTH);
    }

    /** Skips a byte-order mark and leading whitespace and tells what the content starts with. */
    Start sniff() throws IOException {
        skipByteOrderMark();
        int b;
        while ((b = in.read()) >= 0 && isWhitespace(b)) {
            countWhitespace();
        }
        if (b < 0) {
            return Start.EMPTY;
        }
        in.unread(b);
        byte[] head = new byte[3];
        int n = in.readNBytes(head, 0, 3);
        in.unread(head, 0, n);
        String tag = new String(head, 0, Math.min(n, 2), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (n == 3 && head[0] == 'I' && head[1] == 'S' && head[2] == 'A') {
            return Start.INTERCHANGE;
        }
        boolean separatorFollows = n == 3 && !Character.isLetterOrDigit(head[2]) && !isWhitespace(head[2]);
        if (separatorFollows && (tag.equals("ST") || tag.equals("GS"))) {
            return Start.NO_ENVELOPE;
        }
        return Start.NOT_X12;
    }

    /** The limit breach that stopped reading, or null. */
    InputLimitExceededException limitExceeded() {
        return limitExceeded;
    }

    @Override
    public int read() throws IOException {
        if (pendingPosition < pendingLength) {
            return pending[pendingPosition++] & 0xff;
        }
        while (true) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            if (atSegmentStart) {
                if (isWhitespace(b)) {
                    countWhitespace();
                    continue;
                }
                if (b == 0xEF && skipRestOfByteOrderMark()) {
                    continue; // files joined end to end, each with its byte-order mark
                }
                whitespaceRun = 0;
                atSegmentStart = false;
                if (b == 'I' && readInterchangeHeader()) {
                    return pending[pendingPosition++] & 0xff;
                }
            }
            if ((b == '\r' || b == '\n') && !isDelimiter(b)) {
                continue;
            }
            if (b >= 0x80 && !isDelimiter(b)) {
                return nonAscii(b);
            }
            return pass(b);
        }
    }

    /**
     * Passes a UTF-8 sequence through as it is. A byte that does not start a valid UTF-8 sequence is
     * read as ISO-8859-1 (a Latin-1 "Ü" in a name) and handed on re-encoded in UTF-8, so one such
     * character is a warning instead of a syntax error that quarantines the whole file.
     */
    private int nonAscii(int lead) throws IOException {
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 1;
        byte[] sequence = new byte[length];
        sequence[0] = (byte) lead;
        int n = 1;
        while (n < length) {
            int next = in.read();
            if (next < 0x80 || next > 0xBF || (n == 1 && !validSecondByte(lead, next))) {
                if (next >= 0) {
                    in.unread(next);
                }
                break;
            }
            sequence[n++] = (byte) next;
        }
        if (length > 1 && n == length) {
            System.arraycopy(sequence, 0, pending, 0, length);
            pendingLength = length;
        } else {
            in.unread(sequence, 1, n - 1); // read again on their own
            pending[0] = (byte) (0xC0 | (lead >> 6));
            pending[1] = (byte) (0x80 | (lead & 0x3F));
            pendingLength = 2;
            if (latin1Bytes++ == 0) {
                firstLatin1Position = segmentsEnded + 1;
                firstLatin1SegmentId = segmentId;
            }
        }
        if (++elementLength > maxElementLength) {
            throw exceeded("element longer than " + maxElementLength + " characters");
        }
        pendingPosition = 1;
        return pending[0] & 0xff;
    }

    /** Excludes overlong forms, UTF-16 surrogates and code points above U+10FFFF. */
    private static boolean validSecondByte(int lead, int second) {
        return switch (lead) {
            case 0xE0 -> second >= 0xA0;
            case 0xED -> second <= 0x9F;
            case 0xF0 -> second >= 0x90;
            case 0xF4 -> second <= 0x8F;
            default -> true;
        };
    }

    /** How many bytes were not UTF-8 and were read as ISO-8859-1. */
    long latin1Bytes() {
        return latin1Bytes;
    }

    /** 1-based position of the first segment holding such a byte. */
    long firstLatin1Position() {
        return firstLatin1Position;
    }

    /** Id of that segment. */
    String firstLatin1SegmentId() {
        return firstLatin1SegmentId;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int count = 0;
        while (count < length) {
            int b = read();
            if (b < 0) {
                break;
            }
            buffer[offset + count++] = (byte) b;
            if (b == segmentTerminator && count > 0) {
                break; // hand over whole segments promptly; keeps limit errors close to their segment
            }
        }
        return count == 0 ? -1 : count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private int pass(int b) throws IOException {
        if (b == segmentTerminator) {
            endSegment();
        } else if (b == elementSeparator || b == componentSeparator || b == repetitionSeparator) {
            elementLength = 0;
            if (separatorsInSegment == 0) {
                segmentId = tag.toString();
            }
            if (++separatorsInSegment > limits.maxElementsPerSegment()) {
                throw exceeded("segment has more than " + limits.maxElementsPerSegment() + " elements");
            }
        } else {
            if (separatorsInSegment == 0 && tag.length() < MAX_TAG_LENGTH) {
                tag.append((char) b);
            }
            if (++elementLength > maxElementLength) {
                throw exceeded("element longer than " + maxElementLength + " characters");
            }
        }
        return b;
    }

    /**
     * Called after an 'I' at a segment start: if an ISA follows, reads it whole into {@link #pending},
     * learns the delimiters and re-pads it to the fixed 106 characters StAEDI needs. The ISA is read by
     * counting its 16 element separators, so a header whose elements are not padded to their fixed
     * widths still reads; that is reported through {@link #headerDeviations()}.
     */
    private boolean readInterchangeHeader() throws IOException {
        byte[] next = new byte[3];
        int n = in.readNBytes(next, 0, 3);
        if (n == 2 && next[0] == 'S' && next[1] == 'A') {
            throw malformed("ISA segment is incomplete"); // the input ends right after "ISA"
        }
        if (n < 3 || next[0] != 'S' || next[1] != 'A') {
            in.unread(next, 0, n);
            return false;
        }
        int separator = next[2] & 0xff;
        if (!isDelimiterCharacter(separator)) {
            throw malformed("ISA is not followed by an element separator (found '" + printable(separator) + "')");
        }
        List<String> isaElements = new ArrayList<>();
        StringBuilder element = new StringBuilder();
        int consumed = 0;
        while (isaElements.size() < ISA_WIDTHS.length) {
            int b = in.read();
            if (b < 0 || ++consumed > MAX_HEADER_LENGTH) {
                throw malformed("ISA segment is incomplete or longer than " + MAX_HEADER_LENGTH + " characters");
            }
            if (b == separator) {
                isaElements.add(element.toString());
                element.setLength(0);
            } else {
                element.append((char) b);
            }
        }
        int component = in.read();
        int terminator = in.read();
        if (component < 0 || terminator < 0) {
            throw malformed("ISA segment is incomplete");
        }
        checkDelimiters(separator, component, terminator, isaElements.get(REPETITION_ELEMENT));
        writeHeader(separator, isaElements, component, terminator);
        segmentId = "ISA";
        elementSeparator = separator;
        componentSeparator = component;
        segmentTerminator = terminator;
        int repetition = pending[REPETITION_OFFSET] & 0xff;
        // In 4010 ISA11 is a standards id ("U"), not a separator.
        repetitionSeparator = Character.isLetterOrDigit(repetition) ? -1 : repetition;
        endSegment();
        return true;
    }

    /**
     * ISA16 and the character after it must be delimiters distinct from the element separator and from
     * each other (and, in 5010, from the ISA11 repetition separator): otherwise every segment after the
     * ISA would be split wrongly, so the interchange cannot be read at all.
     */
    private void checkDelimiters(int separator, int component, int terminator, String isa11) throws IOException {
        if (!isDelimiterCharacter(component)) {
            throw malformed("ISA16 component separator '" + printable(component) + "' is a letter, digit or blank");
        }
        if (!isDelimiterCharacter(terminator)) {
            throw malformed("segment terminator after ISA16 '" + printable(terminator) + "' is a letter, digit or blank");
        }
        int repetition = isa11.length() == 1 && isDelimiterCharacter(isa11.charAt(0)) ? isa11.charAt(0) : -1;
        if (component == separator || terminator == separator || terminator == component
                || (repetition >= 0 && (repetition == separator || repetition == component || repetition == terminator))) {
            throw malformed("ISA delimiters are not distinct: element '" + printable(separator) + "', component '"
                    + printable(component) + "', segment terminator '" + printable(terminator) + "'"
                    + (repetition >= 0 ? ", repetition '" + printable(repetition) + "'" : ""));
        }
    }

    /** Anything but a letter, a digit or a blank may delimit; control characters (GS, FS, US...) often do. */
    private static boolean isDelimiterCharacter(int b) {
        return b >= 0 && b != ' ' && !Character.isLetterOrDigit(b);
    }

    private static String printable(int b) {
        return b >= ' ' && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b);
    }

    private void writeHeader(int separator, List<String> isaElements, int component, int terminator) {
        int p = 0;
        pending[p++] = 'I';
        pending[p++] = 'S';
        pending[p++] = 'A';
        for (int i = 0; i < ISA_WIDTHS.length; i++) {
            pending[p++] = (byte) separator;
            String value = isaElements.get(i);
            int width = ISA_WIDTHS[i];
            if (value.length() != width) {
                headerDeviations.add(new HeaderDeviation(segmentsEnded + 1, String.format(
                        "ISA%02d is %d characters long instead of %d", i + 1, value.length(), width),
                        value.length() > width));
            }
            for (int c = 0; c < width; c++) {
                pending[p++] = (byte) (c < value.length() ? value.charAt(c) : ' ');
            }
        }
        pending[p++] = (byte) separator;
        pending[p++] = (byte) component;
        pending[p] = (byte) terminator;
        pendingPosition = 0;
        pendingLength = ISA_LENGTH;
    }

    /** Deviations from the fixed ISA layout found so far, e.g. an unpadded sender id. */
    List<HeaderDeviation> headerDeviations() {
        return List.copyOf(headerDeviations);
    }

    /** An ISA element of the wrong width; {@code truncated} when it had to be cut to fit. */
    record HeaderDeviation(long segmentPosition, String message, boolean truncated) {
    }

    /** Why the input could not be read as X12 at all, or null. */
    String malformedHeader() {
        return malformedHeader;
    }

    /** 1-based position of the ISA that could not be read. */
    long malformedHeaderPosition() {
        return malformedHeaderPosition;
    }

    private IOException malformed(String what) {
        malformedHeader = what;
        malformedHeaderPosition = segmentsEnded + 1;
        return new IOException(what);
    }

    private void endSegment() throws InputLimitExceededException {
        if (segmentsEnded + 1 > limits.maxSegments()) {
            throw exceeded("file has more than " + limits.maxSegments() + " segments"); // at this segment
        }
        segmentsEnded++;
        atSegmentStart = true;
        elementLength = 0;
        separatorsInSegment = 0;
        tag.setLength(0);
        segmentId = null;
    }

    private void countWhitespace() throws InputLimitExceededException {
        if (++whitespaceRun > maxElementLength) {
            throw exceeded("more than " + maxElementLength + " whitespace characters between segments");
        }
    }

    private InputLimitExceededException exceeded(String what) {
        String id = segmentId != null ? segmentId : tag.length() > 0 ? tag.toString() : null;
        limitExceeded = new InputLimitExceededException(what, segmentsEnded + 1, id);
        return limitExceeded;
    }

    private boolean isDelimiter(int b) {
        return b == segmentTerminator || b == elementSeparator || b == componentSeparator || b == repetitionSeparator;
    }

    private boolean skipRestOfByteOrderMark() throws IOException {
        byte[] rest = new byte[2];
        int n = in.readNBytes(rest, 0, 2);
        if (n == 2 && (rest[0] & 0xff) == 0xBB && (rest[1] & 0xff) == 0xBF) {
            return true;
        }
        in.unread(rest, 0, n);
        return false;
    }

    private void skipByteOrderMark() throws IOException {
        byte[] head = new byte[3];
        int n = in.readNBytes(head, 0, 3);
        boolean bom = n == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        if (!bom) {
            in.unread(head, 0, n);
        }
    }

    private static boolean isWhitespace(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == 0x0B;
    }
}
