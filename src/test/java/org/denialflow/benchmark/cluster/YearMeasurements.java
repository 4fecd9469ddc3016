package org.denialflow.benchmark.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.denialflow.benchmark.BenchmarkDatabase;
import org.denialflow.cluster.ClusterNode;

/** What {@link YearBenchmark} measures against a running node and its database, printed as it goes. */
final class YearMeasurements {

    /** The core of the job executor's acquisition select (Job.xml selectNextJobsToExecute, acquire by due date). */
    static final String ACQUISITION = "select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_"
            + " from ACT_RU_JOB RES where (RES.RETRIES_ > 0) and (RES.DUEDATE_ is null or RES.DUEDATE_ <= now())"
            + " and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now()) and RES.SUSPENSION_STATE_ = 1"
            + " order by RES.DUEDATE_ asc limit 4";

    private final BenchmarkDatabase db;

    YearMeasurements(BenchmarkDatabase db) {
        this.db = db;
    }

    long count(String sql) {
        return VolumeBenchmark.count(db, sql);
    }

    void scale() {
        System.out.printf("scale: %d denials (%d open), %d denied claims, %d open process instances, %d user tasks,"
                        + " %d timer jobs (%d due now), %d authorizations%n",
                count("select count(*) from denial"), count("select count(*) from denial where status = 'OPEN'"),
                count("select count(*) from remittance_claim"),
                count("select count(*) from act_ru_execution where parent_id_ is null"),
                count("select count(*) from act_ru_task"), count("select count(*) from act_ru_job where type_ = 'timer'"),
                count("select count(*) from act_ru_job where type_ = 'timer' and duedate_ <= now()"),
                count("select count(*) from act_ru_authorization"));
    }

    void size() {
        long denials = count("select count(*) from denial");
        long open = Math.max(1, count("select count(*) from act_ru_execution where parent_id_ is null"));
        long all = VolumeBenchmark.dbSize(db);
        long engine = count("select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema()"
                + " and c.relkind = 'r' and c.relname like 'act\\_%'");
        long ledger = all - engine;
        System.out.printf("database %s: %.0f MB; ledger and other tables %.0f MB = %.2f KB per denial;"
                        + " engine tables %.0f MB = %.1f KB per open instance%n", db.name(), all / 1e6, ledger / 1e6,
                ledger / 1e3 / Math.max(1, denials), engine / 1e6, engine / 1e3 / open);
    }

    /** EXPLAIN ANALYZE of the acquisition select: the median execution time of five. */
    void acquisition(String label) throws SQLException {
        List<Double> times = new ArrayList<>();
        String plan = "";
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (int i = 0; i < 5; i++) {
                StringBuilder lines = new StringBuilder();
                try (ResultSet rs = s.executeQuery("explain analyze " + ACQUISITION)) {
                    while (rs.next()) {
                        String line = rs.getString(1);
                        lines.append(line).append('\n');
                        if (line.startsWith("Execution Time:")) {
                            times.add(Double.parseDouble(line.replaceAll("[^0-9.]", "")));
                        }
                    }
                }
                plan = lines.toString();
            }
        }
        Collections.sort(times);
        String firstNode = plan.lines().skip(1).findFirst().orElse("").trim();
        System.out.printf("job acquisition select, %s: median %.2f ms (plan: %s)%n", label, times.get(times.size() / 2),
                firstNode);
    }

    void analyzeEngineTables() throws SQLException {
        long started = System.nanoTime();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = current_schema() and c.relkind = 'r' and c.relname like 'act\\_%'")) {
                List<String> tables = new ArrayList<>();
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
                s.execute("analyze " + String.join(", ", tables));
            }
        }
        System.out.printf("ANALYZE of the engine tables: %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    void statistics() {
        System.out.printf("statistics: autovacuum %s; act_ru_task last analyzed %s, act_ru_authorization %s%n",
                text("show autovacuum"),
                text("select coalesce(greatest(last_analyze, last_autoanalyze)::text, 'never') from pg_stat_user_tables"
                        + " where relname = 'act_ru_task'"),
                text("select coalesce(greatest(last_analyze, last_autoanalyze)::text, 'never') from pg_stat_user_tables"
                        + " where relname = 'act_ru_authorization'"));
    }

    private String text(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (SQLException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    /**
     * A daily peak: {@code n} first-reminder timers of open denials made due at one instant, fired by the
     * node's job executor; the lag is from that instant to each timer's activity in the history.
     */
    void timerLag(int n, ClusterNode node) throws Exception {
        Instant due;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("drop table if exists year_timer_probe");
            s.execute("create table year_timer_probe as select id_, process_instance_id_ from act_ru_job where type_ = 'timer'"
                    + " and handler_cfg_ like '%deadline-reminder-1%' and duedate_ > now() + interval '1 hour' limit " + n);
            s.executeUpdate("update act_ru_job set duedate_ = date_trunc('second', localtimestamp) + interval '10 seconds'"
                    + " where id_ in (select id_ from year_timer_probe)");
            // Read back as the engine reads it (timestamp without zone, in this JVM's zone).
            try (ResultSet rs = s.executeQuery("select min(duedate_) from act_ru_job where id_ in (select id_ from year_timer_probe)")) {
                rs.next();
                due = rs.getTimestamp(1).toInstant();
            }
        }
        long probes = count("select count(*) from year_timer_probe");
        System.out.printf("timers: %d first reminders due at %s, node %s%n", probes, due, node.name);
        VolumeBenchmark.awaitTrue("timers fired", Duration.ofMinutes(30), () ->
                count("select count(*) from act_ru_job where id_ in (select id_ from year_timer_probe) and exception_msg_ is null") == 0);
        List<Long> lags = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select a.start_time_ from act_hi_actinst a join year_timer_probe p on p.process_instance_id_ = a.proc_inst_id_"
                        + " where a.act_id_ = 'deadline-reminder-1'")) {
            while (rs.next()) {
                lags.add(Duration.between(due, rs.getTimestamp(1).toInstant()).toMillis());
            }
        }
        Collections.sort(lags);
        long failed = count("select count(*) from act_ru_job where id_ in (select id_ from year_timer_probe)");
        System.out.printf("timer lag after the due instant: median %.1f s, p95 %.1f s, max %.1f s (%d fired, %d failed)%n",
                VolumeBenchmark.percentile(lags, 50) / 1e3, VolumeBenchmark.percentile(lags, 95) / 1e3,
                lags.isEmpty() ? -1 : lags.get(lags.size() - 1) / 1e3, lags.size(), failed);
    }
}
