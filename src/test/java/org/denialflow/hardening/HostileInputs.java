package org.denialflow.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Hostile variants of the real sample files, made deterministically from a seed: random byte
 * mutations, truncations, repeated segments, and generated streams far larger than any real file.
 * Shared by the robustness tests and the fuzzing campaign's seed corpus.
 */
final class HostileInputs {

    private static final byte[] DELIMITERS = "~*:^|>\n\r ISA IEA GS GE ST SE CLP CAS SVC".getBytes(StandardCharsets.ISO_8859_1);

    private HostileInputs() {
    }

    static List<Path> x12Samples() {
        return list("/x12/samples", f -> !f.getFileName().toString().equals("NOTICE"));
    }

    static List<Path> csvSamples() {
        return list("/csv", f -> f.getFileName().toString().endsWith(".csv"));
    }

    static List<Path> regressionFiles() {
        return list("/hardening", f -> Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".md"));
    }

    private static List<Path> list(String resource, java.util.function.Predicate<Path> keep) {
        try {
            java.net.URL url = HostileInputs.class.getResource(resource);
            if (url == null) {
                return List.of();
            }
            Path folder = Path.of(url.toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(Files::isRegularFile).filter(keep).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One to eight edits: flipped, deleted, inserted or overwritten bytes, or a copied range. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] data = original.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && data.length > 0; e++) {
            int at = random.nextInt(data.length);
            switch (random.nextInt(6)) {
                case 0 -> data[at] = (byte) random.nextInt(256);
                case 1 -> data[at] = DELIMITERS[random.nextInt(DELIMITERS.length)];
                case 2 -> data = remove(data, at, 1 + random.nextInt(Math.min(64, data.length - at)));
                case 3 -> data = insert(data, at, new byte[] {DELIMITERS[random.nextInt(DELIMITERS.length)]});
                case 4 -> {
                    int from = random.nextInt(data.length);
                    int length = Math.min(1 + random.nextInt(200), data.length - from);
                    data = insert(data, at, Arrays.copyOfRange(data, from, from + length));
                }
                default -> data = Arrays.copyOf(data, at); // truncation
            }
        }
        return data;
    }

    /** The segments from {@code marker} (e.g. "CLP*") to the next terminator, repeated {@code times}. */
    static byte[] repeatSegment(byte[] original, String marker, int times) {
        String text = new String(original, StandardCharsets.ISO_8859_1);
        int start = text.indexOf(marker);
        if (start < 0) {
            return original;
        }
        int end = text.indexOf('~', start);
        String segment = text.substring(start, end + 1);
        return (text.substring(0, start) + segment.repeat(times) + text.substring(start))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A stream of {@code prefix}, then {@code unit} repeated until {@code total} bytes, made on the fly. */
    static InputStream generated(byte[] prefix, byte[] unit, long total) {
        return new InputStream() {
            long position;

            @Override
            public int read() {
                if (position >= total) {
                    return -1;
                }
                long p = position++;
                return (p < prefix.length ? prefix[(int) p] : unit[(int) ((p - prefix.length) % unit.length)]) & 0xff;
            }
        };
    }

    static byte[] remove(byte[] data, int at, int length) {
        byte[] result = new byte[data.length - length];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(data, at + length, result, at, data.length - at - length);
        return result;
    }

    static byte[] insert(byte[] data, int at, byte[] inserted) {
        byte[] result = new byte[data.length + inserted.length];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(data, at, result, at + inserted.length, data.length - at);
        return result;
    }

    static List<byte[]> truncations(byte[] original, int count) {
        List<byte[]> result = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            result.add(Arrays.copyOf(original, (int) ((long) original.length * i / (count + 1))));
        }
        return result;
    }
}
