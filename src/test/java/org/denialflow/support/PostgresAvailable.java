package org.denialflow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL integration tests only where a database answers. On a developer's machine
 * without PostgreSQL they are skipped with a message; where {@code DENIALFLOW_REQUIRE_POSTGRES=true}
 * (CI) a missing database fails the run instead. The first test of a run starts from an empty schema.
 */
public class PostgresAvailable implements ExecutionCondition {

    public static final String URL = env("DENIALFLOW_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/denialflow_test");
    public static final String USER = env("DENIALFLOW_TEST_DB_USER", "denialflow");
    public static final String PASSWORD = env("DENIALFLOW_TEST_DB_PASSWORD", "denialflow");

    private static Boolean available;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (isAvailable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
        }
        String message = "PostgreSQL integration tests skipped: no database at " + URL
                + " (user " + USER + "). Run .ci/run, or create it as README.md explains.";
        if (Boolean.parseBoolean(System.getenv("DENIALFLOW_REQUIRE_POSTGRES"))) {
            throw new IllegalStateException(message.replace("skipped", "required (DENIALFLOW_REQUIRE_POSTGRES=true) but failing"));
        }
        return ConditionEvaluationResult.disabled(message);
    }

    private static synchronized boolean isAvailable() {
        if (available == null) {
            available = resetSchema();
        }
        return available;
    }

    private static boolean resetSchema() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
