package org.denialflow.benchmark.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.denialflow.benchmark.BenchmarkDatabase;

/**
 * Fills the ledger to a year's denials by SQL: copies of the denials (with their denied claim,
 * adjustments and remarks) of one imported template file, spread over the last 365 days. The newest
 * {@code open} copies stay open, without a process yet ({@link YearStarts} starts them); the rest are
 * closed, as most of a year's denials are. Claims paid in full are not copied: the ledger holds the
 * denials and the claims they point to.
 */
final class YearLedger {

    private final BenchmarkDatabase db;

    YearLedger(BenchmarkDatabase db) {
        this.db = db;
    }

    /** Adds copies of the template import's denials until the ledger holds {@code target}; returns the seconds taken. */
    double fill(long templateImport, long target, long open) throws SQLException {
        long started = System.nanoTime();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("drop table if exists year_template");
            s.execute("create table year_template as select row_number() over (order by id) as n, id as denial_id,"
                    + " claim_id from denial where import_id = " + templateImport);
            long perCopy = VolumeBenchmark.count(db, "select count(*) from year_template");
            long needed = target - VolumeBenchmark.count(db, "select count(*) from denial");
            long openNew = Math.max(0, open - VolumeBenchmark.count(db, "select count(*) from denial where status = 'OPEN'"));
            if (needed <= 0 || perCopy == 0) {
                return 0;
            }
            long baseClaim = VolumeBenchmark.count(db, "select coalesce(max(id), 0) from remittance_claim");
            long baseDenial = VolumeBenchmark.count(db, "select coalesce(max(id), 0) from denial");
            long copies = (needed + perCopy - 1) / perCopy;
            long copiesPerBatch = Math.max(1, 50_000 / perCopy);
            for (long from = 1; from <= copies; from += copiesPerBatch) {
                long to = Math.min(copies, from + copiesPerBatch - 1);
                String series = " cross join generate_series(" + from + ", " + to + ") g where ((g - 1) * " + perCopy
                        + " + t.n) <= " + needed;
                String seq = "((g - 1) * " + perCopy + " + t.n)";
                String deniedOn = "(current_date - ((" + needed + " - " + seq + ") * 365 / " + needed + ")::int)";
                String isOpen = "(" + seq + " > " + (needed - openNew) + ")";
                s.execute(insert(c, "remittance_claim", true, Map.of(
                        "id", baseClaim + " + " + seq,
                        "claim_key", "left(c.claim_key, 40) || '-y' || " + seq,
                        "patient_control_number", "left(c.patient_control_number, 60) || '-y' || " + seq,
                        "payer_claim_number", "left(c.payer_claim_number, 60) || '-y' || " + seq,
                        "payment_date", deniedOn,
                        "received_date", deniedOn + " - 20"), "c")
                        + " from year_template t join remittance_claim c on c.id = t.claim_id" + series);
                for (String child : List.of("claim_adjustment", "claim_remark")) {
                    s.execute(insert(c, child, false, Map.of("claim_id", baseClaim + " + " + seq), "x")
                            + " from year_template t join " + child + " x on x.claim_id = t.claim_id" + series);
                }
                s.execute(insert(c, "denial", true, denialColumns(baseClaim, baseDenial, seq, deniedOn, isOpen), "d")
                        + " from year_template t join denial d on d.id = t.denial_id" + series);
                System.out.printf("ledger: %d of %d denials added (%.0f s)%n", Math.min(needed, to * perCopy), needed,
                        (System.nanoTime() - started) / 1e9);
            }
            for (String table : List.of("remittance_claim", "denial")) {
                s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
            }
            // As after any bulk load: the ledger's statistics, not the engine's (those the benchmark measures as found).
            s.execute("analyze remittance_claim, claim_adjustment, claim_remark, denial");
            s.execute("drop table year_template");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static Map<String, String> denialColumns(long baseClaim, long baseDenial, String seq, String deniedOn,
                                                     String isOpen) {
        Map<String, String> columns = new java.util.HashMap<>(Map.of(
                "id", baseDenial + " + " + seq,
                "claim_id", baseClaim + " + " + seq,
                "patient_control_number", "left(d.patient_control_number, 60) || '-y' || " + seq,
                "payer_claim_number", "left(d.payer_claim_number, 60) || '-y' || " + seq,
                "denied_on", deniedOn,
                "created_at", deniedOn + "::timestamptz",
                "status", "case when " + isOpen + " then 'OPEN' else 'CLOSED' end",
                "stage", "case when " + isOpen + " then 'TRIAGE' else 'CLOSED' end",
                "process_instance_id", "null",
                "resolved_at", "case when " + isOpen + " then null else (" + deniedOn + " + 30)::timestamptz end"));
        columns.put("outcome", "case when " + isOpen + " then null else coalesce(d.outcome, 'WRITTEN_OFF') end");
        columns.put("deadline", "case when " + isOpen + " then null else d.deadline + (" + deniedOn + " - d.denied_on) end");
        for (String triaged : List.of("category", "subcategory", "team", "recommended_action", "appealable",
                "decision_reference", "priority", "priority_tier", "deadline_kind", "stage_changed_at", "reminded_at")) {
            columns.put(triaged, "case when " + isOpen + " then null else d." + triaged + " end");
        }
        return columns;
    }

    /** {@code insert into table (columns) select expressions}, every column copied from {@code alias} unless overridden. */
    private static String insert(Connection c, String table, boolean withId, Map<String, String> overrides, String alias)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? order by ordinal_position")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1);
                    if (withId || !column.equals("id")) {
                        columns.add(column);
                    }
                }
            }
        }
        String select = columns.stream().map(col -> overrides.getOrDefault(col, alias + "." + col))
                .collect(Collectors.joining(", "));
        return "insert into " + table + " (" + String.join(", ", columns) + ")"
                + (withId ? " overriding system value" : "") + " select " + select;
    }
}
