package org.denialflow.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.denialflow.support.PostgresAvailable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The database the two nodes share: {@code denialflow_cluster} (created by .ci/create-test-database),
 * emptied before the test. Skipped without PostgreSQL, failed instead where
 * {@code DENIALFLOW_REQUIRE_POSTGRES=true}, like the other integration tests.
 */
public class ClusterDatabase implements ExecutionCondition {

    static final String URL = env("DENIALFLOW_CLUSTER_DB_URL", "jdbc:postgresql://127.0.0.1:5432/denialflow_cluster");
    static final String USER = PostgresAvailable.USER;
    static final String PASSWORD = PostgresAvailable.PASSWORD;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Connection connection = connect()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
        } catch (SQLException e) {
            String message = "Cluster test skipped: no database at " + URL + " (user " + USER
                    + "). Run .ci/create-test-database.";
            if (Boolean.parseBoolean(System.getenv("DENIALFLOW_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(message.replace("skipped", "required but failing"), e);
            }
            return ConditionEvaluationResult.disabled(message);
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    static void reset() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
    }

    static long count(String sql, Object... parameters) {
        List<Object> row = row(sql, parameters);
        return row.isEmpty() || row.get(0) == null ? 0 : ((Number) row.get(0)).longValue();
    }

    static List<Object> row(String sql, Object... parameters) {
        List<List<Object>> rows = rows(sql, parameters);
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    static List<List<Object>> rows(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(rs.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
