package org.denialflow.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report as the API and the dashboard show it: its rows (one per group), the totals over all rows,
 * and next to each figure the definition it follows (PRIMER section 5).
 *
 * @param drillDown the tracking-log filter a row's key selects ({@code payer}, {@code reason}, ...),
 *                  or null when the rows are not denials that can be listed
 */
public record Report(String name, String title, String definition, LocalDate from, LocalDate to, String groupBy,
                     String drillDown, List<Column> columns, List<Map<String, Object>> rows, Map<String, Object> totals) {

    /** One column: its key in the rows, its heading, and, for a figure, how it is computed. */
    public record Column(String key, String label, String definition) {

        public static Column of(String key, String label) {
            return new Column(key, label, null);
        }

        public static Column figure(String key, String label, String definition) {
            return new Column(key, label, definition);
        }
    }
}
