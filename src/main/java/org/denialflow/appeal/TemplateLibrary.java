package org.denialflow.appeal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The letter templates: the built-in ones from {@code templates/appeal/*.html} on the classpath (the top-level
 * {@code templates/appeal/} folder of the project), then those in {@code denialflow.appeal.template-folder}, which
 * replace a built-in template of the same file name. Files are read on every call, so a process owner's edit is
 * used for the next letter without a restart.
 *
 * <p>A template file starts with a header between two {@code ---} lines ({@code title}, {@code kind},
 * {@code version}, {@code categories}, {@code subcategories}, {@code carcs}, {@code payers}), then the letter body:
 * XHTML with {@code {{placeholder}}} fields. See docs/guide/appeal-templates.md.
 */
@Component
public class TemplateLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateLibrary.class);
    static final String CLASSPATH_PATTERN = "classpath*:templates/appeal/*.html";

    private final AppealProperties properties;

    public TemplateLibrary(AppealProperties properties) {
        this.properties = properties;
    }

    /** Every usable template by name; a file that cannot be read as a template is logged and left out. */
    public List<AppealTemplate> all() {
        Map<String, AppealTemplate> byName = new LinkedHashMap<>();
        for (Map.Entry<String, Source> file : files().entrySet()) {
            String fileName = file.getKey();
            String name = fileName.substring(0, fileName.length() - ".html".length());
            try {
                byName.put(name, TemplateFile.parse(name, file.getValue().bytes(), file.getValue().origin()));
            } catch (IllegalArgumentException e) {
                LOG.warn("Appeal template {} left out: {}", fileName, e.getMessage());
            }
        }
        return byName.values().stream().sorted(Comparator.comparing(AppealTemplate::name)).toList();
    }

    public Optional<AppealTemplate> find(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Built-in files first, so the override folder's file of the same name wins. */
    private record Source(byte[] bytes, String origin) {
    }

    private Map<String, Source> files() {
        Map<String, Source> byFileName = new LinkedHashMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                    .getResources(CLASSPATH_PATTERN);
            Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    byFileName.put(resource.getFilename(),
                            new Source(in.readAllBytes(), "built-in templates/appeal/" + resource.getFilename()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path folder = properties.templateFolder();
        if (folder != null && !folder.toString().isBlank() && Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                for (Path path : list.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList()) {
                    byFileName.put(path.getFileName().toString(), new Source(Files.readAllBytes(path), path.toString()));
                }
            } catch (IOException e) {
                LOG.warn("Cannot read the appeal template folder {}: {}", folder, e.getMessage());
            }
        }
        return byFileName;
    }

    /** Reads one template file. */
    static final class TemplateFile {

        private TemplateFile() {
        }

        static AppealTemplate parse(String name, byte[] bytes, String source) {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,100}")) {
                throw new IllegalArgumentException("a template file name may hold letters, digits, - and _ only");
            }
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.startsWith("---\n")) {
                throw new IllegalArgumentException("the file must start with a header between two --- lines");
            }
            int end = text.indexOf("\n---\n", 3);
            if (end < 0) {
                throw new IllegalArgumentException("the header has no closing --- line");
            }
            Map<String, String> header = new LinkedHashMap<>();
            for (String line : text.substring(4, end).split("\n")) {
                if (line.isBlank() || line.trim().startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("header line without a colon: " + line);
                }
                header.put(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            String title = header.get("title");
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("the header needs a title");
            }
            String body = text.substring(end + 5).strip();
            if (body.isEmpty()) {
                throw new IllegalArgumentException("the template has no body");
            }
            return new AppealTemplate(name, title, LetterKind.parse(header.get("kind")), blankToNull(header.get("version")),
                    Checksums.sha256(bytes), list(header.get("categories")), list(header.get("subcategories")),
                    list(header.get("carcs")), list(header.get("payers")), source, body);
        }

        private static List<String> list(String value) {
            if (value == null || value.isBlank()) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
            return List.copyOf(items);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
