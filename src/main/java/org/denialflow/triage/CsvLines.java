package org.denialflow.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Minimal CSV reading (RFC 4180 quoting, quoted line breaks, '#' comment lines outside quotes, UTF-8 BOM). */
final class CsvLines {

    private CsvLines() {
    }

    static List<List<String>> read(BufferedReader reader) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atLineStart = true;
        boolean first = true;
        int c;
        while ((c = reader.read()) != -1) {
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
                continue;
            }
            if (atLineStart && c == '#') {
                reader.readLine();
                continue;
            }
            atLineStart = false;
            switch (c) {
                case '"' -> quoted = true;
                case ',' -> {
                    row.add(field.toString());
                    field.setLength(0);
                }
                case '\r' -> {
                    // ignored: \n ends the line
                }
                case '\n' -> {
                    endRow(rows, row, field);
                    row = new ArrayList<>();
                    atLineStart = true;
                }
                default -> field.append((char) c);
            }
        }
        endRow(rows, row, field);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field) {
        row.add(field.toString());
        field.setLength(0);
        boolean blank = row.stream().allMatch(String::isBlank);
        if (!blank) {
            rows.add(row);
        }
    }
}
