package org.denialflow.ingest.csv;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: fields separated by a delimiter, optionally in double quotes (a quote inside
 * is doubled; delimiters and line breaks inside quotes are data). Accepts CRLF, LF or CR line ends
 * and a leading byte order mark.
 */
final class CsvRecordParser {

    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private final PushbackReader in;
    private final char delimiter;
    private long line = 1;
    private boolean atStart = true;

    CsvRecordParser(Reader in, char delimiter) {
        this.in = new PushbackReader(in, 1);
        this.delimiter = delimiter;
    }

    /** The next record, or null at the end of the input. */
    CsvRecord next() throws IOException, MalformedCsvException {
        int c = in.read();
        if (atStart) {
            atStart = false;
            if (c == BYTE_ORDER_MARK) {
                c = in.read();
            }
        }
        if (c == -1) {
            return null;
        }
        long recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterClosingQuote = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new MalformedCsvException(recordLine, "quoted field opened on line " + recordLine
                            + " is never closed");
                }
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterClosingQuote = true;
                        unread(next);
                    }
                } else {
                    if (c == '\r' || c == '\n') {
                        consumeLineEnd(c);
                        field.append('\n');
                    } else {
                        field.append((char) c);
                    }
                }
            } else if (c == -1 || c == '\r' || c == '\n') {
                if (c != -1) {
                    consumeLineEnd(c);
                }
                fields.add(field.toString());
                return new CsvRecord(recordLine, fields);
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                afterClosingQuote = false;
            } else if (afterClosingQuote) {
                throw new MalformedCsvException(line, "text after a closing quote on line " + line);
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new MalformedCsvException(line, "quote inside an unquoted field on line " + line);
                }
                quoted = true;
            } else {
                field.append((char) c);
            }
            c = in.read();
        }
    }

    private void consumeLineEnd(int c) throws IOException {
        line++;
        if (c == '\r') {
            int next = in.read();
            if (next != '\n') {
                unread(next);
            }
        }
    }

    private void unread(int c) throws IOException {
        if (c != -1) {
            in.unread(c);
        }
    }
}
