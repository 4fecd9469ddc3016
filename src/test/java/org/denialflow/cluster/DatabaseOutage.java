package org.denialflow.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Takes one database away from everybody and gives it back, as the PostgreSQL administrator: no new
 * connections are accepted ({@code ALLOW_CONNECTIONS false}) and every open session is ended, which is
 * what the nodes see when the server restarts or the network drops. The other databases on the
 * server are untouched. Closing gives the database back, so a failed test never leaves it cut off.
 */
final class DatabaseOutage implements AutoCloseable {

    private static final String ADMIN_URL = env("DENIALFLOW_PG_ADMIN_URL", ClusterDatabase.SERVER + "postgres");
    private static final String ADMIN_USER = env("PGADMINUSER", "postgres");
    private static final String ADMIN_PASSWORD = env("PGADMINPASSWORD", "");

    private final String database;

    private DatabaseOutage(String database) {
        this.database = database;
    }

    /** Cuts {@code database} off now. */
    static DatabaseOutage begin(ClusterDatabase database) throws SQLException {
        if (!database.name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a plain database name: " + database.name);
        }
        DatabaseOutage outage = new DatabaseOutage(database.name);
        outage.execute("alter database " + database.name + " allow_connections false");
        outage.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database.name
                + "' and pid <> pg_backend_pid()");
        return outage;
    }

    /** Accepts connections to the database again. */
    @Override
    public void close() throws SQLException {
        execute("alter database " + database + " allow_connections true");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ADMIN_PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
