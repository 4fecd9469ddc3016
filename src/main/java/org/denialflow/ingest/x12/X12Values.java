package org.denialflow.ingest.x12;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Parses the amounts and dates the readers use. A value that is present but invalid is an ERROR
 * (the file is quarantined); a required amount that is missing is a WARNING and reads as zero.
 */
final class X12Values {

    /** X12 "R" type: optional minus, digits with an optional decimal point; no exponent, no plus. */
    private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,15}(\\.\\d{0,6})?|\\.\\d{1,6})");
    private static final Pattern D8 = Pattern.compile("\\d{8}");
    private static final int MAX_QUOTED = 20;

    /** A date or a date range (RD8); {@code to} equals {@code from} for a single date. */
    record Period(LocalDate from, LocalDate to) {
    }

    private final ProblemLog problems;

    X12Values(ProblemLog problems) {
        this.problems = problems;
    }

    BigDecimal requiredAmount(X12Segment segment, int element, String claimReference) {
        if (segment.element(element).isBlank()) {
            problems.warning(X12ProblemCodes.MISSING_AMOUNT, name(segment, element) + " is missing; read as 0",
                    segment.position(), segment.id(), claimReference);
            return BigDecimal.ZERO;
        }
        BigDecimal amount = optionalAmount(segment, element);
        return amount == null ? BigDecimal.ZERO : amount;
    }

    BigDecimal optionalAmount(X12Segment segment, int element) {
        String text = segment.element(element).trim();
        if (text.isEmpty()) {
            return null;
        }
        if (!AMOUNT.matcher(text).matches()) {
            problems.error(X12ProblemCodes.INVALID_AMOUNT,
                    name(segment, element) + " '" + quote(text) + "' is not a valid amount", segment.position(), segment.id());
            return null;
        }
        return new BigDecimal(text);
    }

    /** A CCYYMMDD date, or null when absent or invalid (invalid is reported). */
    LocalDate date(X12Segment segment, int element) {
        String text = segment.element(element).trim();
        return text.isEmpty() ? null : parseDate(text, segment, element);
    }

    /**
     * A CCYYMMDD date that only informs (e.g. BPR16, which even the X12 TR3 examples get wrong):
     * invalid is a WARNING and reads as null.
     */
    LocalDate informationalDate(X12Segment segment, int element, String code) {
        String text = segment.element(element).trim();
        LocalDate date = text.isEmpty() ? null : toDate(text);
        if (date == null && !text.isEmpty()) {
            problems.warning(code, name(segment, element) + " '" + quote(text) + "' is not a valid CCYYMMDD date; left empty",
                    segment.position(), segment.id(), null);
        }
        return date;
    }

    /** DTP-style date: format qualifier D8 or RD8 in {@code formatElement}, value in the next element. */
    Period period(X12Segment segment, int formatElement) {
        String format = segment.element(formatElement).trim();
        String text = segment.element(formatElement + 1).trim();
        if (text.isEmpty()) {
            return null;
        }
        if (format.equals("RD8") || (format.isEmpty() && text.contains("-"))) {
            int dash = text.indexOf('-');
            if (dash < 0) {
                reportDate(text, segment, formatElement + 1);
                return null;
            }
            LocalDate from = parseDate(text.substring(0, dash), segment, formatElement + 1);
            LocalDate to = parseDate(text.substring(dash + 1), segment, formatElement + 1);
            return from == null || to == null ? null : new Period(from, to);
        }
        LocalDate date = parseDate(text, segment, formatElement + 1);
        return date == null ? null : new Period(date, date);
    }

    private LocalDate parseDate(String text, X12Segment segment, int element) {
        LocalDate date = toDate(text);
        if (date == null) {
            reportDate(text, segment, element);
        }
        return date;
    }

    private static LocalDate toDate(String text) {
        if (D8.matcher(text).matches()) {
            try {
                return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                        Integer.parseInt(text.substring(6, 8)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    private void reportDate(String text, X12Segment segment, int element) {
        problems.error(X12ProblemCodes.INVALID_DATE,
                name(segment, element) + " '" + quote(text) + "' is not a valid CCYYMMDD date", segment.position(), segment.id());
    }

    static String name(X12Segment segment, int element) {
        return segment.id() + (element < 10 ? "0" : "") + element;
    }

    private static String quote(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
    }
}
