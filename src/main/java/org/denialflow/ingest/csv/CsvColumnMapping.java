package org.denialflow.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How one clearinghouse's report maps to the standard layout: its column headers, date formats,
 * delimiter and record-type values. Loaded from a properties file (see docs/csv-report-format.md);
 * a header the mapping does not rename is still recognised under its standard name.
 */
public final class CsvColumnMapping {

    private static final String STANDARD_DATE_FORMAT = "yyyy-MM-dd";

    private final String name;
    private final String senderId;
    private final char delimiter;
    private final List<DateTimeFormatter> dateFormats;
    private final Map<CsvColumn, String> headers;
    private final Map<String, RecordType> recordTypes;

    private CsvColumnMapping(String name, String senderId, char delimiter, List<DateTimeFormatter> dateFormats,
                             Map<CsvColumn, String> headers, Map<String, RecordType> recordTypes) {
        this.name = name;
        this.senderId = senderId;
        this.delimiter = delimiter;
        this.dateFormats = List.copyOf(dateFormats);
        this.headers = headers;
        this.recordTypes = recordTypes;
    }

    /** The standard layout: standard headers, ISO dates, comma delimiter. */
    public static CsvColumnMapping standard() {
        return fromProperties(new Properties());
    }

    public static CsvColumnMapping load(Path propertiesFile) {
        try (InputStream in = Files.newInputStream(propertiesFile)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a mapping properties file (UTF-8). */
    public static CsvColumnMapping load(InputStream propertiesFile) {
        Properties properties = new Properties();
        try {
            properties.load(new InputStreamReader(propertiesFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fromProperties(properties);
    }

    /**
     * @throws IllegalArgumentException on an unknown key, column, record type or date pattern, or a
     *                                  header mapped to two columns: a typo must not silently drop data
     */
    public static CsvColumnMapping fromProperties(Properties properties) {
        String name = "standard";
        String senderId = null;
        char delimiter = ',';
        List<DateTimeFormatter> dateFormats = new ArrayList<>();
        Map<CsvColumn, String> headers = new EnumMap<>(CsvColumn.class);
        Map<String, RecordType> recordTypes = new HashMap<>();
        for (RecordType type : RecordType.values()) {
            recordTypes.put(type.name(), type);
        }
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).trim();
            if (key.equals("name")) {
                name = value;
            } else if (key.equals("sender.id")) {
                senderId = value;
            } else if (key.equals("delimiter")) {
                delimiter = delimiter(value);
            } else if (key.equals("date.formats")) {
                for (String pattern : value.split("\\|")) {
                    dateFormats.add(formatter(pattern.trim()));
                }
            } else if (key.startsWith("column.")) {
                CsvColumn column = CsvColumn.byHeader(key.substring("column.".length()))
                        .orElseThrow(() -> new IllegalArgumentException("unknown standard column in " + key));
                headers.put(column, value);
            } else if (key.startsWith("record_type.")) {
                RecordType type = recordType(key.substring("record_type.".length()), key);
                for (String alias : value.split("\\|")) {
                    recordTypes.put(alias.trim().toUpperCase(Locale.ROOT), type);
                }
            } else {
                throw new IllegalArgumentException("unknown mapping key " + key);
            }
        }
        if (dateFormats.isEmpty()) {
            dateFormats.add(formatter(STANDARD_DATE_FORMAT));
        }
        Map<String, CsvColumn> seen = new HashMap<>();
        for (Map.Entry<CsvColumn, String> entry : headers.entrySet()) {
            CsvColumn earlier = seen.put(normalise(entry.getValue()), entry.getKey());
            if (earlier != null) {
                throw new IllegalArgumentException("header '" + entry.getValue() + "' is mapped to both "
                        + earlier.header() + " and " + entry.getKey().header());
            }
        }
        return new CsvColumnMapping(name, senderId, delimiter, dateFormats, headers, recordTypes);
    }

    public String name() {
        return name;
    }

    /** Who sends reports in this layout; becomes the interchange sender. May be null. */
    public String senderId() {
        return senderId;
    }

    char delimiter() {
        return delimiter;
    }

    /** The standard column a file header stands for. */
    Optional<CsvColumn> columnFor(String fileHeader) {
        String wanted = normalise(fileHeader);
        for (Map.Entry<CsvColumn, String> entry : headers.entrySet()) {
            if (normalise(entry.getValue()).equals(wanted)) {
                return Optional.of(entry.getKey());
            }
        }
        return CsvColumn.byHeader(wanted).filter(column -> !headers.containsKey(column));
    }

    /** The header an operator sees in their own file for a column, for messages. */
    String headerFor(CsvColumn column) {
        return headers.getOrDefault(column, column.header());
    }

    Optional<RecordType> recordType(String value) {
        return Optional.ofNullable(recordTypes.get(value.trim().toUpperCase(Locale.ROOT)));
    }

    Optional<LocalDate> parseDate(String value) {
        for (DateTimeFormatter format : dateFormats) {
            try {
                return Optional.of(LocalDate.parse(value.trim(), format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private static String normalise(String header) {
        return header.trim().toLowerCase(Locale.ROOT);
    }

    private static char delimiter(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "tab", "\\t" -> '\t';
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            case "pipe", "|" -> '|';
            default -> throw new IllegalArgumentException("unsupported delimiter '" + value + "'");
        };
    }

    private static DateTimeFormatter formatter(String pattern) {
        try {
            // STRICT rejects 2025-02-30 instead of quietly moving it to the 28th; it needs 'u' for the year.
            return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad date format '" + pattern + "'", e);
        }
    }

    private static RecordType recordType(String name, String key) {
        try {
            return RecordType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown record type in " + key, e);
        }
    }
}
