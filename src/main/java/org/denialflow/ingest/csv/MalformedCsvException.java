package org.denialflow.ingest.csv;

/** The text is not valid CSV at {@code line} (an unterminated quote, text after a closing quote). */
final class MalformedCsvException extends Exception {

    private final long line;

    MalformedCsvException(long line, String message) {
        super(message);
        this.line = line;
    }

    long line() {
        return line;
    }
}
