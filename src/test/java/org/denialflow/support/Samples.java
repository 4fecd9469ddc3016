package org.denialflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Real X12 files from src/test/resources/x12/samples (see the NOTICE file there). */
public final class Samples {

    private Samples() {
    }

    public static byte[] bytes(String fileName) {
        try (InputStream in = Samples.class.getResourceAsStream("/x12/samples/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + fileName);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String fileName) {
        return new String(bytes(fileName), java.nio.charset.StandardCharsets.UTF_8);
    }
}
