package org.denialflow.reporting;

import java.util.Arrays;
import java.util.Locale;

/** What the rows of a report are grouped by; each maps to a column of the denial table and a tracking-log filter. */
public enum ReportGroup {
    PAYER("payer", "d.payer_key", "max(d.payer_name)", "payer"),
    REASON("reason", "coalesce(d.primary_group || '-' || d.primary_carc, d.kind)", null, "reason"),
    CATEGORY("category", "coalesce(d.category, 'UNCATEGORIZED')", null, "category"),
    SUBCATEGORY("subcategory", "coalesce(d.subcategory, 'UNCATEGORIZED')", null, "subcategory"),
    TEAM("team", "coalesce(d.team, 'UNASSIGNED')", null, "team"),
    MONTH("month", null, null, "month"),
    LEVEL("level", "a.level", "max(a.level_name)", null);

    private final String param;
    private final String keyExpression;
    private final String labelExpression;
    private final String drillDown;

    ReportGroup(String param, String keyExpression, String labelExpression, String drillDown) {
        this.param = param;
        this.keyExpression = keyExpression;
        this.labelExpression = labelExpression;
        this.drillDown = drillDown;
    }

    public String param() {
        return param;
    }

    /** The SQL of the group key; for MONTH the caller gives the date column. */
    String key(SqlDialect dialect, String monthDateColumn) {
        return this == MONTH ? dialect.monthOf(monthDateColumn) : keyExpression;
    }

    /** The SQL of the row's display name: the payer's name, the level's name, else the key itself. */
    String label(SqlDialect dialect, String monthDateColumn) {
        return labelExpression == null ? key(dialect, monthDateColumn) : labelExpression;
    }

    String drillDown() {
        return drillDown;
    }

    public static ReportGroup parse(String value, ReportGroup fallback, ReportGroup... allowed) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        ReportGroup group = Arrays.stream(values()).filter(g -> g.param.equals(value.trim().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown grouping " + value));
        if (allowed.length > 0 && Arrays.stream(allowed).noneMatch(g -> g == group)) {
            throw new IllegalArgumentException("This report cannot be grouped by " + value + "; choose one of "
                    + Arrays.stream(allowed).map(ReportGroup::param).toList());
        }
        return group;
    }
}
