package org.denialflow.reporting;

import java.time.LocalDate;

/** The dates a report covers, both included. Rates read whole months (the months the dates fall in). */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A period needs both dates");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The given dates, or by default the twelve months up to today (the current month included). */
    public static Period of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(11) : from;
        return new Period(start, end);
    }

    public LocalDate firstMonth() {
        return from.withDayOfMonth(1);
    }

    public LocalDate lastMonth() {
        return to.withDayOfMonth(1);
    }

    /** The day after the period: queries compare {@code date < endExclusive}. */
    public LocalDate endExclusive() {
        return to.plusDays(1);
    }
}
