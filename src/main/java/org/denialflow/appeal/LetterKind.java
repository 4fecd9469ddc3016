package org.denialflow.appeal;

/** An appeal letter argues the case; a cover letter goes on top of the packet and lists what is in it. */
public enum LetterKind {
    APPEAL_LETTER, COVER_LETTER;

    static LetterKind parse(String value) {
        String v = value == null ? "" : value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (v) {
            case "", "APPEAL_LETTER", "APPEAL", "LETTER" -> APPEAL_LETTER;
            case "COVER_LETTER", "COVER" -> COVER_LETTER;
            default -> throw new IllegalArgumentException("kind must be appeal-letter or cover-letter, not " + value);
        };
    }
}
