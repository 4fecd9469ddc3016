package org.denialflow.ingest.csv;

import org.denialflow.ingest.model.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to one report row. Problems go to the file's list; messages name columns and lines,
 * never values, because dates of service and names are protected health information.
 */
final class ReportRow {

    private final CsvRecord record;
    private final Map<CsvColumn, Integer> columnIndex;
    private final CsvColumnMapping mapping;
    private final List<Problem> problems;
    private final Set<CsvColumn> reportedMissingColumns;
    private boolean valid = true;

    ReportRow(CsvRecord record, Map<CsvColumn, Integer> columnIndex, CsvColumnMapping mapping,
              List<Problem> problems, Set<CsvColumn> reportedMissingColumns) {
        this.record = record;
        this.columnIndex = columnIndex;
        this.mapping = mapping;
        this.problems = problems;
        this.reportedMissingColumns = reportedMissingColumns;
    }

    long line() {
        return record.line();
    }

    /** False once any ERROR was reported for this row. */
    boolean valid() {
        return valid;
    }

    /** The trimmed value, "" when empty or when the file has no such column. */
    String text(CsvColumn column) {
        Integer index = columnIndex.get(column);
        return index == null ? "" : record.fields().get(index).trim();
    }

    /** The value or null when empty, for optional text. */
    String optionalText(CsvColumn column) {
        String value = text(column);
        return value.isEmpty() ? null : value;
    }

    String requiredText(CsvColumn column) {
        if (!columnIndex.containsKey(column)) {
            if (reportedMissingColumns.add(column)) {
                problems.add(Problem.error("MISSING_COLUMN", "column '" + mapping.headerFor(column)
                        + "' is required by the row on line " + line() + " and is not in the header", line(),
                        column.header()));
            }
            valid = false;
            return null;
        }
        String value = text(column);
        if (value.isEmpty()) {
            error("MISSING_VALUE", column, "is empty");
            return null;
        }
        return value;
    }

    BigDecimal requiredAmount(CsvColumn column) {
        String value = requiredText(column);
        if (value == null) {
            return null;
        }
        BigDecimal amount = Amounts.parse(value).orElse(null);
        if (amount == null) {
            error("BAD_AMOUNT", column, "is not an amount");
        }
        return amount;
    }

    BigDecimal optionalAmount(CsvColumn column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal amount = Amounts.parse(value).orElse(null);
        if (amount == null) {
            warning("BAD_AMOUNT", column, "is not an amount and was ignored");
        }
        return amount;
    }

    LocalDate requiredDate(CsvColumn column) {
        String value = requiredText(column);
        if (value == null) {
            return null;
        }
        LocalDate date = mapping.parseDate(value).orElse(null);
        if (date == null) {
            error("BAD_DATE", column, "is not a date in the mapped format");
        }
        return date;
    }

    LocalDate optionalDate(CsvColumn column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date = mapping.parseDate(value).orElse(null);
        if (date == null) {
            warning("BAD_DATE", column, "is not a date in the mapped format and was ignored");
        }
        return date;
    }

    void error(String code, CsvColumn column, String what) {
        valid = false;
        problems.add(Problem.error(code, describe(column, what), line(), column.header()));
    }

    void warning(String code, CsvColumn column, String what) {
        problems.add(Problem.warning(code, describe(column, what), line(), column.header(),
                optionalText(CsvColumn.PATIENT_CONTROL_NUMBER)));
    }

    private String describe(CsvColumn column, String what) {
        return "line " + line() + ": '" + mapping.headerFor(column) + "' " + what;
    }
}
