package org.denialflow.triage;

import java.time.LocalDate;

/**
 * One CARC or RARC value. {@code label} is DenialFlow's own short label (null for codes known only from an official
 * file); {@code category} is the project's default category for a CARC (the categorization table decides per
 * denial); {@code officialDescription} is filled only from a file the operator supplies under their X12 licence.
 */
public record CodeEntry(CodeList list, String code, String label, String category, LocalDate start, LocalDate stop,
                        String officialDescription) {

    /** Usable for adjustments on that date: started (or no start known) and not stopped before it. */
    public boolean isActiveOn(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (stop == null || !date.isAfter(stop));
    }

    /** What a screen shows: our label, then the official description when one was loaded. */
    public String displayText() {
        if (officialDescription == null || officialDescription.isBlank()) {
            return label == null ? code : label;
        }
        return label == null ? officialDescription : label + " \u2014 " + officialDescription;
    }

    CodeEntry withOfficial(String description, LocalDate officialStart, LocalDate officialStop) {
        return new CodeEntry(list, code, label, category, officialStart != null ? officialStart : start,
                officialStop != null ? officialStop : stop, description);
    }
}
