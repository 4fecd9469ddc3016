package org.denialflow.reporting;

import org.denialflow.denial.DenialScope;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/**
 * The denial and appeal tracking log: every denial with where it stands and how it ended, filtered
 * in the database and read a page at a time (or streamed row by row for a CSV export).
 */
@Component
public class DenialLog {

    public static final int MAX_PAGE_SIZE = 500;

    /** One line of the log. */
    public record Entry(long id, String payerKey, String payerName, String claimNumber, String patientControlNumber,
                        String status, String stage, String team, String category, String subcategory, String reason,
                        String remarkCodes, LocalDate deniedOn, BigDecimal amountAtRisk, LocalDate deadline,
                        Integer daysToDeadline, int appealLevel, String appealDecision, String outcome,
                        BigDecimal recoveredAmount, LocalDate resolvedOn, Integer daysToResolve, Integer ageDays,
                        String processInstanceId) {
    }

    public record Page(List<Entry> items, int page, int size, long total) {
    }

    static final List<String> CSV_HEADER = List.of("denial_id", "payer", "payer_name", "claim_number",
            "patient_control_number", "status", "stage", "team", "category", "subcategory", "reason", "remark_codes",
            "denied_on", "amount_at_risk", "deadline", "days_to_deadline", "appeal_level", "appeal_decision", "outcome",
            "recovered_amount", "resolved_on", "days_to_resolve", "age_days", "process_instance_id");

    private static final String COLUMNS = """
            select d.id, d.payer_key, d.payer_name, d.payer_claim_number, d.patient_control_number, d.status, d.stage,
                   d.team, d.category, d.subcategory, coalesce(d.primary_group || '-' || d.primary_carc, d.kind) as reason,
                   d.primary_rarcs, d.denied_on, d.amount_at_risk, d.deadline, d.appeal_level,
                   (select a.decision from appeal a where a.denial_id = d.id and a.level = d.appeal_level) as appeal_decision,
                   d.outcome, d.recovered_amount, d.resolved_at, d.process_instance_id
            from denial d""";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final Clock clock;

    public DenialLog(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.clock = clock;
    }

    public Page page(DenialLogFilter filter, DenialScope scope, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        Where where = where(filter, scope);
        long total = jdbc.sql("select count(*) from denial d" + where.sql).params(where.params).query(Long.class).single();
        LocalDate today = LocalDate.now(clock);
        List<Entry> items = jdbc.sql(COLUMNS + where.sql + " order by d.denied_on desc, d.id desc offset "
                        + ((long) pageNumber * pageSize) + " rows fetch next " + pageSize + " rows only")
                .params(where.params).query((rs, n) -> entry(rs, today)).list();
        return new Page(items, pageNumber, pageSize, total);
    }

    /** Every matching line, oldest denial last, handed over one at a time (nothing held in memory). */
    @Transactional(readOnly = true)
    public void each(DenialLogFilter filter, DenialScope scope, Consumer<Entry> consumer) {
        Where where = where(filter, scope);
        LocalDate today = LocalDate.now(clock);
        // Inside a read-only transaction PostgreSQL hands the rows over in batches of the fetch size.
        streaming.query(COLUMNS + where.sql + " order by d.denied_on desc, d.id desc",
                (RowCallbackHandler) rs -> consumer.accept(entry(rs, today)), where.params.toArray());
    }

    static List<Object> csvRow(Entry e) {
        List<Object> row = new ArrayList<>();
        row.add(e.id());
        row.add(e.payerKey());
        row.add(e.payerName());
        row.add(e.claimNumber());
        row.add(e.patientControlNumber());
        row.add(e.status());
        row.add(e.stage());
        row.add(e.team());
        row.add(e.category());
        row.add(e.subcategory());
        row.add(e.reason());
        row.add(e.remarkCodes());
        row.add(e.deniedOn());
        row.add(e.amountAtRisk());
        row.add(e.deadline());
        row.add(e.daysToDeadline());
        row.add(e.appealLevel());
        row.add(e.appealDecision());
        row.add(e.outcome());
        row.add(e.recoveredAmount());
        row.add(e.resolvedOn());
        row.add(e.daysToResolve());
        row.add(e.ageDays());
        row.add(e.processInstanceId());
        return row;
    }

    private Entry entry(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate deniedOn = rs.getDate("denied_on").toLocalDate();
        Date deadline = rs.getDate("deadline");
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        LocalDate resolvedOn = resolvedAt == null ? null : LocalDate.ofInstant(resolvedAt.toInstant(), zone());
        return new Entry(rs.getLong("id"), rs.getString("payer_key"), rs.getString("payer_name"),
                rs.getString("payer_claim_number"), rs.getString("patient_control_number"), rs.getString("status"),
                rs.getString("stage"), rs.getString("team"), rs.getString("category"), rs.getString("subcategory"),
                rs.getString("reason"), rs.getString("primary_rarcs"), deniedOn, rs.getBigDecimal("amount_at_risk"),
                deadline == null ? null : deadline.toLocalDate(),
                deadline == null || resolvedAt != null ? null : (int) ChronoUnit.DAYS.between(today, deadline.toLocalDate()),
                rs.getInt("appeal_level"), rs.getString("appeal_decision"), rs.getString("outcome"),
                rs.getBigDecimal("recovered_amount"), resolvedOn,
                resolvedOn == null ? null : (int) ChronoUnit.DAYS.between(deniedOn, resolvedOn),
                (int) ChronoUnit.DAYS.between(deniedOn, resolvedOn == null ? today : resolvedOn),
                rs.getString("process_instance_id"));
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private record Where(String sql, List<Object> params) {
    }

    private Where where(DenialLogFilter f, DenialScope scope) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (has(f.payer())) {
            // The payer's key (as GET /api/payers and the reports' group_key give it): indexed.
            sql.append(" and d.payer_key = ?");
            params.add(f.payer().trim());
        }
        if (has(f.reason())) {
            String reason = f.reason().trim().toUpperCase(Locale.ROOT);
            int dash = reason.indexOf('-');
            if (dash > 0 && dash <= 2) {
                sql.append(" and d.primary_group = ? and d.primary_carc = ?");
                params.add(reason.substring(0, dash));
                params.add(reason.substring(dash + 1));
            } else if (reason.matches("[A-Z]?\\d+")) {
                sql.append(" and d.primary_carc = ?");
                params.add(reason);
            } else {
                sql.append(" and d.primary_carc is null and d.kind = ?");
                params.add(f.reason().trim());
            }
        }
        equal(sql, params, "d.category", f.category(), "UNCATEGORIZED");
        equal(sql, params, "d.subcategory", f.subcategory(), "UNCATEGORIZED");
        if (has(f.team())) {
            String team = f.team().trim().toUpperCase(Locale.ROOT).replace('-', '_');
            equal(sql, params, "d.team", team, "UNASSIGNED");
        }
        equal(sql, params, "d.status", upper(f.status()), null);
        equal(sql, params, "d.stage", upper(f.stage()), null);
        equal(sql, params, "d.outcome", upper(f.outcome()), null);
        if (has(f.claim())) {
            sql.append(" and (d.payer_claim_number = ? or d.patient_control_number = ?)");
            params.add(f.claim().trim());
            params.add(f.claim().trim());
        }
        if (f.from() != null) {
            sql.append(" and d.denied_on >= ?");
            params.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and d.denied_on <= ?");
            params.add(Date.valueOf(f.to()));
        }
        if (has(f.month())) {
            LocalDate first = LocalDate.parse(f.month().trim().substring(0, 7) + "-01");
            sql.append(" and d.denied_on >= ? and d.denied_on < ?");
            params.add(Date.valueOf(first));
            params.add(Date.valueOf(first.plusMonths(1)));
        }
        if (f.minAmount() != null) {
            sql.append(" and d.amount_at_risk >= ?");
            params.add(f.minAmount());
        }
        if (f.maxAmount() != null) {
            sql.append(" and d.amount_at_risk <= ?");
            params.add(f.maxAmount());
        }
        LocalDate today = LocalDate.now(clock);
        if (has(f.age())) {
            int[] range = switch (f.age().trim()) {
                case "0-30" -> new int[] {0, 30};
                case "31-60" -> new int[] {31, 60};
                case "61-90" -> new int[] {61, 90};
                case "91-120" -> new int[] {91, 120};
                case "over 120", "over-120", "120+" -> new int[] {121, -1};
                default -> throw new IllegalArgumentException("Unknown age bucket " + f.age());
            };
            sql.append(" and d.status = 'OPEN' and d.denied_on <= ?");
            params.add(Date.valueOf(today.minusDays(range[0])));
            if (range[1] >= 0) {
                sql.append(" and d.denied_on >= ?");
                params.add(Date.valueOf(today.minusDays(range[1])));
            }
        }
        if (has(f.deadline())) {
            sql.append(" and d.status = 'OPEN'");
            switch (f.deadline().trim()) {
                case "no deadline" -> sql.append(" and d.deadline is null");
                case "past deadline" -> {
                    sql.append(" and d.deadline < ?");
                    params.add(Date.valueOf(today));
                }
                case "0-7 days left" -> between(sql, params, today, 0, 7);
                case "8-30 days left" -> between(sql, params, today, 8, 30);
                case "31-60 days left" -> between(sql, params, today, 31, 60);
                case "over 60 days left" -> {
                    sql.append(" and d.deadline > ?");
                    params.add(Date.valueOf(today.plusDays(60)));
                }
                default -> throw new IllegalArgumentException("Unknown deadline bucket " + f.deadline());
            }
        }
        if (has(f.rootCause())) {
            RootCause cause = RootCause.parse(f.rootCause());
            sql.append(" and (d.category is null or d.category <> 'NOT_A_DENIAL')");
            List<String> preventable = new ArrayList<>();
            for (RootCause c : RootCause.values()) {
                preventable.addAll(c.subcategories());
            }
            List<String> values = cause == RootCause.OTHER ? preventable : cause.subcategories();
            String list = values.stream().map(v -> "?").collect(Collectors.joining(", "));
            sql.append(cause == RootCause.OTHER
                    ? " and (d.subcategory is null or d.subcategory not in (" + list + "))"
                    : " and d.subcategory in (" + list + ")");
            params.addAll(values);
        }
        sql.append(scope.sql("d"));
        params.addAll(scope.params());
        return new Where(sql.toString(), params);
    }

    private static void between(StringBuilder sql, List<Object> params, LocalDate today, int from, int to) {
        sql.append(" and d.deadline >= ? and d.deadline <= ?");
        params.add(Date.valueOf(today.plusDays(from)));
        params.add(Date.valueOf(today.plusDays(to)));
    }

    private static void equal(StringBuilder sql, List<Object> params, String column, String value, String nullName) {
        if (!has(value)) {
            return;
        }
        if (value.trim().equals(nullName)) {
            sql.append(" and ").append(column).append(" is null");
            return;
        }
        sql.append(" and ").append(column).append(" = ?");
        params.add(value.trim());
    }

    private static String upper(String value) {
        return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    private static boolean has(String value) {
        return value != null && !value.isBlank();
    }
}
