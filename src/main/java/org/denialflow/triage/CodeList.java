package org.denialflow.triage;

import java.util.Locale;

/** The two X12 code lists: CARC (list 139) and RARC (list 411). */
public enum CodeList {
    CARC, RARC;

    /** RARCs start with M, N or MA; everything else (digits, A-, B-, P-, W-, Y- codes) is a CARC. */
    public static CodeList infer(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        return c.startsWith("M") || c.startsWith("N") ? RARC : CARC;
    }
}
