package org.denialflow.ingest.x12;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Problem;
import org.denialflow.support.Samples;

/**
 * Test helper: reads the real samples in src/test/resources/x12/samples and derives broken inputs
 * from them by mutation (cut, delete or change one segment, swap delimiters). Texts are handled as
 * ISO-8859-1 so every byte survives a round trip.
 */
final class X12Files {

    private X12Files() {
    }

    static ParsedFile read(byte[] content) {
        return new X12Reader().read(new ByteArrayInputStream(content));
    }

    static ParsedFile read(String text) {
        return read(bytes(text));
    }

    static ParsedFile readSample(String name) {
        return read(Samples.bytes(name));
    }

    /** The sample as text, byte for byte (ISO-8859-1). */
    static String text(String sample) {
        return new String(Samples.bytes(sample), StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Every sample file name (the NOTICE excluded). */
    static List<String> sampleNames() {
        try {
            Path folder = Path.of(X12Files.class.getResource("/x12/samples").toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("NOTICE")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The segments of an X12 text as the standard defines them, independently of the reader: the
     * segment terminator is the character after ISA16 (found by counting 16 element separators, so
     * an unpadded ISA works too); whitespace around segments is dropped.
     */
    static List<String> segments(String text) {
        char terminator = terminator(text);
        List<String> result = new ArrayList<>();
        for (String segment : text.replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "")
                .split(java.util.regex.Pattern.quote(String.valueOf(terminator)))) {
            String trimmed = segment.strip();
            if (!trimmed.isEmpty()) {
                result.add(trimmed);
            }
        }
        return result;
    }

    static char elementSeparator(String text) {
        return text.charAt(text.indexOf("ISA") + 3);
    }

    static char terminator(String text) {
        int isa = text.indexOf("ISA");
        char separator = text.charAt(isa + 3);
        int p = isa + 3; // the first of the 16 element separators
        for (int i = 2; i <= 16; i++) {
            p = text.indexOf(separator, p + 1);
        }
        return text.charAt(p + 2); // after ISA16, the component separator
    }

    /** The id of a segment text: its characters before the first element separator. */
    static String id(String segment, char separator) {
        int end = segment.indexOf(separator);
        return end < 0 ? segment : segment.substring(0, end);
    }

    /** The text rebuilt from segments, one per line after the terminator (as many payers send it). */
    static String join(List<String> segments, char terminator) {
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            out.append(segment).append(terminator).append('\n');
        }
        return out.toString();
    }

    /** The sample with every segment matching {@code which} removed. */
    static String without(String sample, Predicate<String> which) {
        String text = text(sample);
        List<String> kept = segments(text).stream().filter(which.negate()).toList();
        return join(kept, terminator(text));
    }

    /** The sample cut after its first {@code count} segments. */
    static String firstSegments(String sample, int count) {
        String text = text(sample);
        return join(segments(text).subList(0, count), terminator(text));
    }

    static List<String> codes(ParsedFile file) {
        return file.problems().stream().map(Problem::code).toList();
    }

    static List<Problem> errors(ParsedFile file) {
        return file.problems().stream().filter(Problem::isError).toList();
    }

    static List<Problem> warnings(ParsedFile file) {
        return file.problems().stream().filter(p -> !p.isError()).toList();
    }
}
