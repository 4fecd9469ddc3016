package org.denialflow.appeal;

import java.util.List;
import java.util.Locale;

/**
 * One letter template as a process owner wrote it: its file name (without {@code .html}), the header fields that
 * say what it is for, and the body with {@code {{placeholders}}}. {@code sha256} is the checksum of the whole file,
 * so a letter records exactly which text made it even when nobody changed {@code version}.
 */
public record AppealTemplate(String name, String title, LetterKind kind, String version, String sha256,
                             List<String> categories, List<String> subcategories, List<String> carcs,
                             List<String> payers, String source, String body) {

    /** Payer-specific templates are offered only for their payers. */
    public boolean isPayerSpecific() {
        return !payers.isEmpty();
    }

    /** Whether a payer (its key, id or name as the remittance gave it) is one this template was written for. */
    public boolean servesPayer(String payerKey, String payerId, String payerName) {
        if (payers.isEmpty()) {
            return true;
        }
        return payers.stream().anyMatch(p -> same(p, payerKey) || same(p, payerId) || same(p, payerName)
                || same("ID:" + p, payerKey) || same("NAME:" + p, payerKey));
    }

    /** How well the template fits a denial: CARC beats subcategory beats category; a payer's own beats all. */
    public int score(String category, String subcategory, String carc, boolean payerMatched) {
        int score = 0;
        if (payerMatched && isPayerSpecific()) {
            score += 1000;
        }
        if (carc != null && carcs.stream().anyMatch(c -> same(c, carc))) {
            score += 100;
        }
        if (subcategory != null && subcategories.stream().anyMatch(s -> same(s, subcategory))) {
            score += 10;
        }
        if (category != null && categories.stream().anyMatch(c -> same(c, category))) {
            score += 1;
        }
        return score;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.trim().toUpperCase(Locale.ROOT).equals(b.trim().toUpperCase(Locale.ROOT));
    }
}
