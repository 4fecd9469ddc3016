package org.denialflow.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small ledger whose report figures are worked out by hand in {@link ReportDefinitionsTest}.
 * "Today" is 2026-04-15.
 *
 * <pre>
 * March 2026 remittances   acme: 10 claims billed 100 each, 7 paid (700), 2 denied (at risk 100 each),
 *                                1 partly denied (paid 60, at risk 40), plus 1 reversal (not counted)
 *                          beta: 5 claims billed 200 each, 4 paid (800), 1 denied (at risk 200)
 * February 2026            acme: 1 claim paid 100;   December 2025: beta 1 claim denied (at risk 50)
 * denials  d1 acme CO-50  CDI          100  03-02  closed 04-01 OVERTURNED_ON_APPEAL, recovered 100;
 *                                                 appeal L1 submitted 03-12, decided 03-30 OVERTURNED (100)
 *          d2 acme CO-197 FRONT_OFFICE 100  03-05  open, deadline 04-10; appeal L1 submitted 03-25, decided 04-05 UPHELD
 *          d3 acme CO-16  BILLING       40  03-10  closed 03-20 WRITTEN_OFF (subcategory FILING_ERROR)
 *          d4 beta CO-50  CDI          200  03-20  open, deadline 05-01
 *          d5 beta CO-29  APPEALS       50  2025-12-01 open, no deadline
 * 277CA, March             acme: A1 accepted, A2 rejected then accepted, A3 accepted; beta: B1 rejected
 * </pre>
 */
final class ReportFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

    private final JdbcClient jdbc;
    private final AtomicLong sequence = new AtomicLong();
    private long importId;

    ReportFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static void clear(JdbcClient jdbc) {
        for (String table : new String[] {"preventive_action", "review_meeting", "appeal", "claim_correction",
                "denial_payment", "denial", "rejection", "claim_acknowledgment", "claim_remark", "claim_adjustment",
                "remittance_claim", "report_claim_month", "report_ack_month", "report_denial_day",
                "report_resolution_day", "report_closed_day", "report_appeal_day", "report_open_day", "denial_change",
                "import_problem", "audit_entry", "import_file"}) {
            try {
                jdbc.sql("delete from " + table).update();
            } catch (RuntimeException missingTable) {
                // a table of another feature that this branch does not have
            }
        }
        jdbc.sql("update report_summary_state set last_source_id = 0").update();
    }

    ReportFixture load() {
        importId = jdbc.sql("""
                insert into import_file (file_name, content_sha256, content_size, content, channel, status, received_at)
                values ('fixture.835', ?, 1, ?, 'UPLOAD', 'IMPORTED', ?)""")
                .params("fixture-" + System.nanoTime(), new byte[] {1}, Timestamp.from(Instant.parse("2026-04-01T12:00:00Z")))
                .update() > 0 ? jdbc.sql("select max(id) from import_file").query(Long.class).single() : 0;
        LocalDate march = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < 7; i++) {
            claim("acme", "ACME Health", march, "PAID", 100, 100, 0);
        }
        long c1 = claim("acme", "ACME Health", LocalDate.of(2026, 3, 2), "DENIED", 100, 0, 100);
        long c2 = claim("acme", "ACME Health", LocalDate.of(2026, 3, 5), "DENIED", 100, 0, 100);
        long c3 = claim("acme", "ACME Health", LocalDate.of(2026, 3, 10), "PARTIALLY_DENIED", 100, 60, 40);
        claim("acme", "ACME Health", march, "REVERSAL", 100, -100, 0);
        for (int i = 0; i < 4; i++) {
            claim("beta", "Beta Care", march, "PAID", 200, 200, 0);
        }
        long c4 = claim("beta", "Beta Care", LocalDate.of(2026, 3, 20), "DENIED", 200, 0, 200);
        claim("acme", "ACME Health", LocalDate.of(2026, 2, 10), "PAID", 100, 100, 0);
        long c5 = claim("beta", "Beta Care", LocalDate.of(2025, 12, 1), "DENIED", 50, 0, 50);

        long d1 = denial(c1, "acme", "ACME Health", "CO", "50", "CLINICAL", "MEDICAL_NECESSITY", "CDI", 100,
                LocalDate.of(2026, 3, 2), "CLOSED", "OVERTURNED_ON_APPEAL", 100, Instant.parse("2026-04-01T16:00:00Z"),
                LocalDate.of(2026, 5, 31), 1);
        long d2 = denial(c2, "acme", "ACME Health", "CO", "197", "CLINICAL", "AUTHORIZATION", "FRONT_OFFICE", 100,
                LocalDate.of(2026, 3, 5), "OPEN", null, 0, null, LocalDate.of(2026, 4, 10), 1);
        denial(c3, "acme", "ACME Health", "CO", "16", "TECHNICAL", "FILING_ERROR", "BILLING", 40,
                LocalDate.of(2026, 3, 10), "CLOSED", "WRITTEN_OFF", 0, Instant.parse("2026-03-20T16:00:00Z"),
                LocalDate.of(2026, 6, 8), 0);
        denial(c4, "beta", "Beta Care", "CO", "50", "CLINICAL", "MEDICAL_NECESSITY", "CDI", 200,
                LocalDate.of(2026, 3, 20), "OPEN", null, 0, null, LocalDate.of(2026, 5, 1), 0);
        denial(c5, "beta", "Beta Care", "CO", "29", "ADMINISTRATIVE", "TIMELY_FILING", "APPEALS", 50,
                LocalDate.of(2025, 12, 1), "OPEN", null, 0, null, null, 0);

        appeal(d1, 1, LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 30), "OVERTURNED", 100);
        appeal(d2, 1, LocalDate.of(2026, 3, 25), LocalDate.of(2026, 4, 5), "UPHELD", 0);

        ack("acme", "A1", LocalDate.of(2026, 3, 3), true);
        ack("acme", "A2", LocalDate.of(2026, 3, 3), false);
        ack("acme", "A2", LocalDate.of(2026, 3, 9), true);
        ack("acme", "A3", LocalDate.of(2026, 3, 4), true);
        ack("beta", "B1", LocalDate.of(2026, 3, 6), false);
        return this;
    }

    private long claim(String payer, String payerName, LocalDate paidOn, String outcome, int billed, int paid, int atRisk) {
        long n = sequence.incrementAndGet();
        jdbc.sql("""
                insert into remittance_claim (import_id, claim_key, payer_key, payer_name, patient_control_number,
                    payer_claim_number, billed, paid, patient_responsibility, amount_at_risk, outcome, balanced, payment_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, true, ?)""")
                .params(importId, "fixture-claim-" + n, payer, payerName, "PCN" + n, "PCCN" + n, BigDecimal.valueOf(billed),
                        BigDecimal.valueOf(paid), BigDecimal.valueOf(atRisk), outcome, Date.valueOf(paidOn))
                .update();
        return jdbc.sql("select id from remittance_claim where claim_key = ?").param("fixture-claim-" + n)
                .query(Long.class).single();
    }

    private long denial(long claimId, String payer, String payerName, String group, String carc, String category,
                        String subcategory, String team, int atRisk, LocalDate deniedOn, String status, String outcome,
                        int recovered, Instant resolvedAt, LocalDate deadline, int appealLevel) {
        jdbc.sql("""
                insert into denial (claim_id, import_id, kind, status, payer_key, payer_name, patient_control_number,
                    payer_claim_number, amount_at_risk, primary_group, primary_carc, denied_on, category, subcategory,
                    team, deadline, appeal_level, outcome, recovered_amount, created_at, resolved_at, stage,
                    process_instance_id)
                values (?, ?, 'DENIED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(claimId, importId, status, payer, payerName, "PCN-D" + claimId, "CLM-" + claimId,
                        BigDecimal.valueOf(atRisk), group, carc, Date.valueOf(deniedOn), category, subcategory, team,
                        deadline == null ? null : Date.valueOf(deadline), appealLevel, outcome, BigDecimal.valueOf(recovered),
                        Timestamp.from(deniedOn.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)),
                        resolvedAt == null ? null : Timestamp.from(resolvedAt), "CLOSED".equals(status) ? "CLOSED" : "TRIAGE",
                        "pi-" + claimId)
                .update();
        return jdbc.sql("select id from denial where claim_id = ?").param(claimId).query(Long.class).single();
    }

    private void appeal(long denialId, int level, LocalDate submitted, LocalDate decided, String decision, int recovered) {
        jdbc.sql("""
                insert into appeal (denial_id, level, level_name, status, submitted_on, decided_on, decision,
                    recovered_amount, created_at)
                values (?, ?, ?, 'DECIDED', ?, ?, ?, ?, ?)""")
                .params(denialId, level, "Level " + level, Date.valueOf(submitted), Date.valueOf(decided), decision,
                        BigDecimal.valueOf(recovered), Timestamp.from(Instant.parse("2026-03-01T12:00:00Z")))
                .update();
    }

    private void ack(String payer, String pcn, LocalDate on, boolean accepted) {
        long n = sequence.incrementAndGet();
        jdbc.sql("""
                insert into claim_acknowledgment (import_id, ack_key, payer_key, payer_name, patient_control_number,
                    status_date, status_category, accepted, rejected)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(importId, "fixture-ack-" + n, payer, payer, pcn, Date.valueOf(on), accepted ? "A2" : "A7",
                        accepted, !accepted)
                .update();
    }
}
