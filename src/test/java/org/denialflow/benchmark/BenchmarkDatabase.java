package org.denialflow.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database a benchmark program owns: where it is ({@code --db-url}, {@code --db-user},
 * {@code --db-password}), how to create it ({@code --admin-url}, as the {@code postgres} user) and how
 * to empty it. Benchmarks use a database of their own, never one the tests or an operator use.
 */
public final class BenchmarkDatabase {

    private String url;
    private String user = "denialflow";
    private String password = "denialflow";
    private String adminUrl = "jdbc:postgresql://127.0.0.1:5432/postgres";

    public BenchmarkDatabase(String defaultName) {
        this.url = "jdbc:postgresql://127.0.0.1:5432/" + defaultName;
    }

    /** Takes one of the database options; false when {@code option} is not one of them. */
    public boolean accept(String option, String value) {
        switch (option) {
            case "--db-url" -> url = value;
            case "--db-user" -> user = value;
            case "--db-password" -> password = value;
            case "--admin-url" -> adminUrl = value;
            default -> {
                return false;
            }
        }
        return true;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String name() {
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The application's datasource settings as command-line arguments, which win over application.yaml. */
    public String[] springArguments() {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password};
    }

    public void createIfMissing() throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl, "postgres", "");
             PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name());
            try (ResultSet found = exists.executeQuery(); Statement create = admin.createStatement()) {
                if (!found.next()) {
                    create.execute("create database \"" + name() + "\" owner \"" + user + "\"");
                }
            }
        }
    }

    /** Creates the database when missing and drops everything in it. */
    public void prepareEmpty() throws SQLException {
        createIfMissing();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
    }
}
