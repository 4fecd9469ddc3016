package org.denialflow.triage;

import java.io.BufferedReader;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CARC and RARC values with DenialFlow's own short labels ({@code codes/carc.csv}, {@code codes/rarc.csv} on the
 * classpath). The official X12 descriptions are not shipped (they are X12's copyright); an operator who holds an X12
 * licence can load them with {@link #loadOfficialDescriptions(Path)}, and screens then show both.
 *
 * <h2>Official file layout</h2>
 * A CSV file, UTF-8, with a header row naming the columns (any order, case-insensitive; other columns ignored):
 * <ul>
 *   <li>{@code code} (required): the code value, e.g. {@code 16}, {@code A1}, {@code MA130}; a group prefix such as
 *   {@code CO-16} is stripped;</li>
 *   <li>{@code description} (required): the official text; a field with commas must be in double quotes;</li>
 *   <li>{@code start}, {@code stop} (optional): dates as {@code yyyy-MM-dd} or {@code MM/dd/yyyy}, empty when none;</li>
 *   <li>{@code list} (optional): {@code CARC} or {@code RARC}; when absent it is inferred (RARCs start with M or N).</li>
 * </ul>
 * Lines starting with {@code #} are comments. Codes missing from our own lists are added without a label.
 */
public class CodeReference {

    public static final String CARC_RESOURCE = "codes/carc.csv";
    public static final String RARC_RESOURCE = "codes/rarc.csv";

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final Map<CodeList, Map<String, CodeEntry>> entries = new ConcurrentHashMap<>();

    /** The project's own lists from the classpath. */
    public static CodeReference loadDefault() {
        CodeReference reference = new CodeReference();
        reference.loadOwn(CodeList.CARC, CARC_RESOURCE);
        reference.loadOwn(CodeList.RARC, RARC_RESOURCE);
        return reference;
    }

    public CodeReference() {
        for (CodeList list : CodeList.values()) {
            entries.put(list, new ConcurrentHashMap<>());
        }
    }

    private void loadOwn(CodeList list, String resource) {
        try (InputStream in = CodeReference.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing code list " + resource);
            }
            List<List<String>> rows = CsvLines.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            Map<String, Integer> header = header(rows, resource, "code", "label");
            Map<String, CodeEntry> target = entries.get(list);
            for (List<String> row : rows.subList(1, rows.size())) {
                String code = normalize(get(row, header, "code"));
                CodeEntry entry = new CodeEntry(list, code, blankToNull(get(row, header, "label")),
                        blankToNull(get(row, header, "category")), date(get(row, header, "start")),
                        date(get(row, header, "stop")), null);
                if (target.putIfAbsent(code, entry) != null) {
                    throw new IllegalStateException("Duplicate code " + code + " in " + resource);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads official descriptions (and start/stop dates) from an operator-supplied CSV; see the class comment for
     * the layout. Returns how many codes were read. A later load replaces the descriptions it names.
     */
    public int loadOfficialDescriptions(Path csv) throws IOException {
        List<List<String>> rows;
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CsvLines.read(reader);
        }
        Map<String, Integer> header = header(rows, csv.toString(), "code", "description");
        int count = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            String code = normalize(get(row, header, "code"));
            if (code == null) {
                continue;
            }
            String listName = blankToNull(get(row, header, "list"));
            CodeList list = listName == null ? CodeList.infer(code) : CodeList.valueOf(listName.toUpperCase(Locale.ROOT));
            String description = blankToNull(get(row, header, "description"));
            LocalDate start = date(get(row, header, "start"));
            LocalDate stop = date(get(row, header, "stop"));
            entries.get(list).merge(code, new CodeEntry(list, code, null, null, start, stop, description),
                    (own, official) -> own.withOfficial(description, start, stop));
            count++;
        }
        return count;
    }

    public Optional<CodeEntry> carc(String code) {
        return find(CodeList.CARC, code);
    }

    public Optional<CodeEntry> rarc(String code) {
        return find(CodeList.RARC, code);
    }

    public Optional<CodeEntry> find(CodeList list, String code) {
        String c = normalize(code);
        return c == null ? Optional.empty() : Optional.ofNullable(entries.get(list).get(c));
    }

    /** All entries of one list, sorted by code. */
    public List<CodeEntry> all(CodeList list) {
        return Collections.unmodifiableList(new ArrayList<>(new TreeMap<>(entries.get(list)).values()));
    }

    /** Our label plus the official description when loaded; the bare code when unknown. */
    public String display(CodeList list, String code) {
        return find(list, code).map(CodeEntry::displayText).orElse(code);
    }

    /** Upper case, trimmed, group prefix removed ("co-16" -> "16"); null for blank. */
    public static String normalize(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        int dash = c.indexOf('-');
        return dash >= 0 ? c.substring(dash + 1).trim() : c;
    }

    private static Map<String, Integer> header(List<List<String>> rows, String source, String... required) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(source + " is empty; a header row is required");
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = rows.get(0);
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String name : required) {
            if (!header.containsKey(name)) {
                throw new IllegalArgumentException(source + " has no '" + name + "' column (header: " + names + ")");
            }
        }
        return header;
    }

    private static String get(List<String> row, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        return i == null || i >= row.size() ? null : row.get(i).trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return s.contains("/") ? LocalDate.parse(s, US_DATE) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date (yyyy-MM-dd or MM/dd/yyyy): " + s, e);
        }
    }
}
