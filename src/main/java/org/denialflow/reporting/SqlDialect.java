package org.denialflow.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/** The few SQL expressions H2 and PostgreSQL write differently. */
@Component
public class SqlDialect {

    private final boolean postgres;

    public SqlDialect(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    /** Whole days from one date expression to another (later minus earlier). */
    public String daysBetween(String earlier, String later) {
        return postgres ? "(" + later + " - " + earlier + ")" : "datediff('DAY', " + earlier + ", " + later + ")";
    }

    /** The first day of the month of a date expression, as a date. */
    public String monthOf(String date) {
        return "cast(date_trunc('month', " + date + ") as date)";
    }

    /** The median of a numeric expression within a group. */
    public String median(String expression) {
        return "percentile_cont(0.5) within group (order by " + expression + ")";
    }

    public boolean isPostgres() {
        return postgres;
    }
}
