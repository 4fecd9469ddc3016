package org.denialflow.cluster;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
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
 * A database a cluster test's nodes share (created by .ci/create-test-database), emptied before the
 * test, and read by the test to check what the nodes did. Each cluster test has its own, named with
 * {@link Name}, so they can run one after the other without seeing each other's work.
 */
public final class ClusterDatabase {

    /** The server, without the database name; {@code DENIALFLOW_CLUSTER_DB_SERVER}. */
    static final String SERVER = env("DENIALFLOW_CLUSTER_DB_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = PostgresAvailable.USER;
    static final String PASSWORD = PostgresAvailable.PASSWORD;

    /** The database a cluster test uses. */
    @Retention(RUNTIME)
    @Target(TYPE)
    public @interface Name {
        String value();
    }

    public final String name;
    public final String url;

    private ClusterDatabase(String name) {
        this.name = name;
        this.url = SERVER + name;
    }

    public static ClusterDatabase named(String name) {
        return new ClusterDatabase(name);
    }

    /** The database named on the test class with {@link Name}. */
    public static ClusterDatabase of(Class<?> testClass) {
        Name name = testClass.getAnnotation(Name.class);
        if (name == null) {
            throw new IllegalStateException(testClass.getName() + " names no database with @ClusterDatabase.Name");
        }
        return named(name.value());
    }

    /**
     * Skips the test without PostgreSQL, or fails it where {@code DENIALFLOW_REQUIRE_POSTGRES=true},
     * like the other integration tests.
     */
    public static final class Available implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            ClusterDatabase database = of(context.getRequiredTestClass());
            try (Connection connection = database.connect()) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers at " + database.url);
            } catch (SQLException e) {
                String message = "Cluster test skipped: no database at " + database.url + " (user " + USER
                        + "). Run .ci/create-test-database.";
                if (Boolean.parseBoolean(System.getenv("DENIALFLOW_REQUIRE_POSTGRES"))) {
                    throw new IllegalStateException(message.replace("skipped", "required but failing"), e);
                }
                return ConditionEvaluationResult.disabled(message);
            }
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    void reset() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
    }

    long count(String sql, Object... parameters) {
        List<Object> row = row(sql, parameters);
        return row.isEmpty() || row.get(0) == null ? 0 : ((Number) row.get(0)).longValue();
    }

    List<Object> row(String sql, Object... parameters) {
        List<List<Object>> rows = rows(sql, parameters);
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    List<List<Object>> rows(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rs = statement.executeQuery()) {
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
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Changes rows behind the nodes' backs (e.g. makes timers due now); returns how many. */
    int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every denial has exactly one lifecycle process, its own, and no process lacks its denial. */
    void assertEveryDenialHasExactlyOneProcess() {
        assertThat(rows("""
                select business_key_ from act_hi_procinst where proc_def_key_ = 'denial-lifecycle'
                group by business_key_ having count(*) > 1""")).as("no denial has two processes").isEmpty();
        assertThat(count("""
                select count(*) from denial d where not exists (select 1 from act_hi_procinst p
                where p.proc_def_key_ = 'denial-lifecycle' and p.business_key_ = cast(d.id as varchar) and p.id_ = d.process_instance_id)"""))
                .as("every denial has its process").isZero();
        assertThat(count("select count(*) from act_hi_procinst where proc_def_key_ = 'denial-lifecycle'"))
                .isEqualTo(count("select count(*) from denial"));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
