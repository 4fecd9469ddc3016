package org.denialflow.denial;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Payers as the remittances name them. A payer is known by its id (REF*2U or N1*PR04) when it sends
 * one, else by its name. Supervisors add what a remittance cannot say: the program and any
 * payer-specific window.
 */
@Repository
public class PayerRegistry {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public PayerRegistry(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Payer(long id, String payerKey, String name, String payerId, String program, String state,
                        Integer appealWindowDays, Integer timelyFilingDays) {
    }

    public static String keyOf(String payerId, String name) {
        if (payerId != null && !payerId.isBlank()) {
            return "ID:" + payerId.trim().toUpperCase(Locale.ROOT);
        }
        String normalized = name == null ? "" : name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return normalized.isEmpty() ? "UNKNOWN" : "NAME:" + normalized;
    }

    /** Registers the payer the first time a file names it; returns its key. */
    public String ensure(String payerId, String name) {
        String key = keyOf(payerId, name);
        if (known.contains(key)) {
            return key;
        }
        boolean exists = jdbc.sql("select count(*) from payer where payer_key = ?").param(key)
                .query(Long.class).single() > 0;
        if (exists) {
            known.add(key);
        } else {
            // Not remembered yet: the insert is only real once the caller's transaction commits.
            jdbc.sql("insert into payer (payer_key, name, payer_id, first_seen_at) values (?, ?, ?, ?)")
                    .params(key, truncate(name), payerId, Timestamp.from(clock.instant()))
                    .update();
        }
        return key;
    }

    public Optional<Payer> find(String payerKey) {
        return jdbc.sql("""
                select id, payer_key, name, payer_id, program, state, appeal_window_days, timely_filing_days
                from payer where payer_key = ?""")
                .param(payerKey)
                .query((rs, n) -> new Payer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8)))
                .optional();
    }

    public java.util.List<Payer> all() {
        return jdbc.sql("""
                select id, payer_key, name, payer_id, program, state, appeal_window_days, timely_filing_days
                from payer order by name""")
                .query((rs, n) -> new Payer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8)))
                .list();
    }

    /** Sets what only a person can know about a payer. */
    public void update(String payerKey, String program, String state, Integer appealWindowDays,
                       Integer timelyFilingDays) {
        jdbc.sql("""
                update payer set program = ?, state = ?, appeal_window_days = ?, timely_filing_days = ?
                where payer_key = ?""")
                .params(program, state, appealWindowDays, timelyFilingDays, payerKey)
                .update();
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 200);
    }
}
