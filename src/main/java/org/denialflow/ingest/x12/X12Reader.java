package org.denialflow.ingest.x12;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.SourceFormat;

/**
 * Reads an X12 file holding 835 remittances and/or 277 claim acknowledgments (277CA, 005010X214)
 * and claim status responses (005010X212) into the canonical records.
 * <p>
 * The file may hold several interchanges, groups and transactions; transaction sets other than
 * 835 and 277 are skipped with a WARNING, and a file holding only such sets is an ERROR (nothing in it
 * can be imported: most likely the wrong file, e.g. an 837). A byte-order mark, line breaks and indentation between
 * segments are tolerated; separators are taken from each ISA.
 * <p>
 * It never throws on bad input: every failure becomes an ERROR {@link org.denialflow.ingest.model.Problem}
 * with the 1-based segment position, and the caller quarantines the file. Broken envelopes, counts and
 * control numbers, and invalid amounts or dates in the elements read, are errors; deviations from the
 * implementation guides are not checked, because real payer files often carry harmless ones.
 * <p>
 * Instances are immutable and thread-safe; {@link #read} does not close the stream.
 */
public final class X12Reader {

    private final X12ReaderLimits limits;

    public X12Reader() {
        this(X12ReaderLimits.DEFAULTS);
    }

    public X12Reader(X12ReaderLimits limits) {
        this.limits = limits;
    }

    public ParsedFile read(InputStream in) {
        ProblemLog problems = new ProblemLog(limits.maxProblems());
        EnvelopeAssembler assembler = new EnvelopeAssembler(problems);
        X12InputFilter filter = new X12InputFilter(new UnclosableInputStream(in), limits);
        SegmentStream segments = null;
        try {
            X12InputFilter.Start start = filter.sniff();
            if (start != X12InputFilter.Start.INTERCHANGE) {
                reportUnreadable(start, problems);
                return new ParsedFile(SourceFormat.UNKNOWN, List.of(), problems.toList());
            }
            try (EDIStreamReader reader = newFactory().createEDIStreamReader(filter, "UTF-8")) {
                segments = new SegmentStream(reader);
                X12Segment segment;
                while ((segment = segments.next()) != null) {
                    assembler.accept(segment);
                }
            }
            assembler.endOfInput(true);
            reportHeaderDeviations(filter, problems);
        } catch (EDIStreamException | IOException | RuntimeException e) {
            reportHeaderDeviations(filter, problems);
            boolean endOfStream = reportFailure(e, filter, segments, problems);
            // when the input simply ends, every envelope left open is part of the story; when reading
            // stopped on an error, that error is the reason and open envelopes would only repeat it
            assembler.endOfInput(endOfStream);
        }
        SourceFormat format = assembler.resolveFormat();
        return new ParsedFile(format, assembler.interchanges(), problems.toList());
    }

    private static EDIInputFactory newFactory() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        // StAEDI only tokenizes; envelope rules are checked by EnvelopeAssembler with clearer messages, and
        // its control-schema code checks reject masked but otherwise sound files (e.g. ISA12 "99999").
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        return factory;
    }

    private static void reportUnreadable(X12InputFilter.Start start, ProblemLog problems) {
        switch (start) {
            case EMPTY -> problems.error(X12ProblemCodes.EMPTY_FILE, "the file is empty", 0, null);
            case NO_ENVELOPE -> problems.error(X12ProblemCodes.NO_ENVELOPE,
                    "X12 segments without an ISA/IEA interchange envelope", 1, null);
            default -> problems.error(X12ProblemCodes.NOT_X12,
                    "not an X12 file: it does not start with an ISA segment", 1, null);
        }
    }

    /** Reports why reading stopped; true when the input simply ended (truncated) rather than failed. */
    private static boolean reportFailure(Exception e, X12InputFilter filter, SegmentStream segments, ProblemLog problems) {
        InputLimitExceededException limit = filter.limitExceeded();
        long position = segments == null ? 0 : segments.position();
        String segmentId = segments == null ? null : segments.segmentInProgress();
        // StAEDI fails between segments when it cannot even start the next one: that one is the culprit
        long failedAt = segmentId == null ? position + 1 : position;
        if (filter.malformedHeader() != null) {
            // the filter counts segments itself: StAEDI may not have seen any segment yet (first ISA)
            problems.error(X12ProblemCodes.INVALID_HEADER, filter.malformedHeader(), filter.malformedHeaderPosition(), "ISA");
        } else if (limit != null) {
            problems.error(X12ProblemCodes.LIMIT_EXCEEDED, "input rejected: " + limit.getMessage(),
                    limit.segmentPosition(), limit.segmentId());
        } else if (isEndOfStream(e)) {
            if (segmentId != null) {
                problems.error(X12ProblemCodes.TRUNCATED, "input ends in the middle of a segment", position, segmentId);
            } // else: ends between segments; EnvelopeAssembler.endOfInput reports what is left open
            return true;
        } else if (e instanceof EDIStreamException || isStaediFailure(e)) {
            problems.error(X12ProblemCodes.SYNTAX, "X12 syntax error: " + withoutInput(e.getMessage()), failedAt, segmentId);
        } else {
            problems.error(X12ProblemCodes.READ_FAILED, "reading failed: " + e.getClass().getSimpleName(), failedAt, segmentId);
        }
        return false;
    }

    private static void reportHeaderDeviations(X12InputFilter filter, ProblemLog problems) {
        if (filter.latin1Bytes() > 0) {
            problems.warning(X12ProblemCodes.NOT_UTF8, filter.latin1Bytes() + " byte(s) that are not UTF-8 were read as"
                    + " ISO-8859-1 (Latin-1), the first in this segment; check names for wrong characters",
                    filter.firstLatin1Position(), filter.firstLatin1SegmentId(), null);
        }
        for (X12InputFilter.HeaderDeviation deviation : filter.headerDeviations()) {
            if (deviation.truncated()) {
                problems.error(X12ProblemCodes.INVALID_HEADER, deviation.message() + "; it cannot be read faithfully",
                        deviation.segmentPosition(), "ISA");
            } else {
                problems.warning(X12ProblemCodes.HEADER_NOT_FIXED_LENGTH, deviation.message() + "; read anyway",
                        deviation.segmentPosition(), "ISA", null);
            }
        }
    }

    private static boolean isEndOfStream(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Unexpected end of stream")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStaediFailure(Throwable e) {
        return e.getClass().getName().startsWith("io.xlate.edi");
    }

    /** StAEDI appends the offending input to some messages; keep data out of problem texts. */
    private static String withoutInput(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int input = message.indexOf("; input:");
        return input < 0 ? message : message.substring(0, input);
    }
}
