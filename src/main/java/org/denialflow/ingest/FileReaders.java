package org.denialflow.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.denialflow.ingest.csv.CsvReportReader;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Problem;
import org.denialflow.ingest.model.SourceFormat;
import org.denialflow.ingest.x12.X12Reader;
import org.springframework.stereotype.Component;

/**
 * Picks the reader for a file by what it holds, not by its name: X12 starts with ISA (or ST, which
 * the X12 reader reports as a missing envelope); a clearinghouse report is CSV with a header row.
 */
@Component
public class FileReaders {

    private final X12Reader x12Reader;
    private final CsvReportReader csvReader;

    public FileReaders(X12Reader x12Reader, CsvReportReader csvReader) {
        this.x12Reader = x12Reader;
        this.csvReader = csvReader;
    }

    public ParsedFile read(String fileName, byte[] content) {
        String start = leadingText(content);
        if (start.startsWith("ISA") || start.startsWith("ST")) {
            return x12Reader.read(new ByteArrayInputStream(content));
        }
        if (looksLikeCsv(fileName, start)) {
            return csvReader.read(new ByteArrayInputStream(content));
        }
        return new ParsedFile(SourceFormat.UNKNOWN, List.of(), List.of(Problem.error("UNKNOWN_FORMAT",
                "Neither an X12 file (it does not start with ISA) nor a CSV report with a header row", 0, null)));
    }

    private static boolean looksLikeCsv(String fileName, String start) {
        String lowerName = fileName == null ? "" : fileName.toLowerCase();
        int lineEnd = start.indexOf('\n');
        String firstLine = lineEnd < 0 ? start : start.substring(0, lineEnd);
        return lowerName.endsWith(".csv") || (firstLine.contains(",") && !firstLine.contains("*"));
    }

    /** The first characters after a byte-order mark and whitespace. */
    private static String leadingText(byte[] content) {
        int length = Math.min(content.length, 4096);
        String text = new String(content, 0, length, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.stripLeading();
    }
}
