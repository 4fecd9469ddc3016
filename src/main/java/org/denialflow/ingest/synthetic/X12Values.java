package org.denialflow.ingest.synthetic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formats amounts (held as cents) and dates the way X12 data elements expect them. */
final class X12Values {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private X12Values() {
    }

    /** Decimal (R) element: no trailing zeros after the point, no point for whole amounts. */
    static String amount(long cents) {
        long abs = Math.abs(cents);
        StringBuilder sb = new StringBuilder(12);
        if (cents < 0) {
            sb.append('-');
        }
        sb.append(abs / 100);
        long fraction = abs % 100;
        if (fraction != 0) {
            sb.append('.');
            if (fraction % 10 == 0) {
                sb.append(fraction / 10);
            } else {
                if (fraction < 10) {
                    sb.append('0');
                }
                sb.append(fraction);
            }
        }
        return sb.toString();
    }

    static String date(LocalDate date) {
        return CCYYMMDD.format(date);
    }

    static String shortDate(LocalDate date) {
        return YYMMDD.format(date);
    }

    static String dateRange(LocalDate from, LocalDate to) {
        return date(from) + '-' + date(to);
    }

    /** Left-justified and space-padded to an exact width, as ISA elements must be. */
    static String fixed(String value, int width) {
        if (value.length() > width) {
            throw new IllegalArgumentException("'" + value + "' is longer than " + width);
        }
        return value + " ".repeat(width - value.length());
    }

    static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() > width) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " digits");
        }
        return "0".repeat(width - digits.length()) + digits;
    }
}
