package org.denialflow.appeal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template's {@code {{placeholders}}}. Ledger values win; what the user wrote fills what the ledger does
 * not know (and every {@code input.*} field). Anything still empty is reported, all at once, instead of a letter
 * with gaps.
 */
final class LetterFiller {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9.]*)\\s*}}");

    private LetterFiller() {
    }

    /** A placeholder that could not be filled, and what it means. */
    record MissingField(String field, String meaning) {
    }

    static Set<String> placeholders(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static List<MissingField> missing(AppealTemplate template, Map<String, String> ledger, Map<String, String> user) {
        List<MissingField> missing = new ArrayList<>();
        for (String name : placeholders(template.body())) {
            if (!Placeholders.isKnown(name)) {
                missing.add(new MissingField(name, Placeholders.describe(name)));
            } else if (value(name, ledger, user) == null) {
                missing.add(new MissingField(name, Placeholders.describe(name)));
            }
        }
        return missing;
    }

    static String fill(AppealTemplate template, Map<String, String> ledger, Map<String, String> user) {
        List<MissingField> missing = missing(template, ledger, user);
        if (!missing.isEmpty()) {
            throw new MissingDataException(template.name(), missing);
        }
        Matcher m = PLACEHOLDER.matcher(template.body());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), ledger, user)));
        }
        m.appendTail(out);
        String filled = out.toString();
        if (filled.contains("{{") || filled.contains("}}")) {
            throw new IllegalArgumentException("Template " + template.name()
                    + " has a placeholder that is not written {{name}}; correct the template");
        }
        return filled;
    }

    private static String value(String name, Map<String, String> ledger, Map<String, String> user) {
        if (!Placeholders.isInput(name)) {
            String fromLedger = ledger.get(name);
            if (fromLedger != null) {
                return fromLedger;
            }
        }
        String given = user == null ? null : user.get(name);
        return given == null || given.isBlank() ? null : multiline(LetterFacts.escape(given.trim()));
    }

    /** What the user typed keeps its paragraphs. */
    private static String multiline(String escaped) {
        return escaped.replace("\r\n", "\n").replace("\n\n", "</p><p>").replace("\n", "<br/>");
    }
}
