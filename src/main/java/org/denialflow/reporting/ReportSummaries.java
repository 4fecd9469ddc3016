package org.denialflow.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the monthly summaries of adjudicated and acknowledged claims (report_claim_month,
 * report_ack_month) up to date. Posted claims and acknowledgments are never changed, so a refresh
 * looks only at the rows added since the last one (by id), and recomputes the months they fall in.
 * With nothing new it costs one indexed lookup; every rate report calls it first, so the figures
 * are never stale. Two nodes refreshing at once queue on the state row.
 */
@Component
public class ReportSummaries {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SqlDialect dialect;
    private final Clock clock;

    public ReportSummaries(JdbcClient jdbc, TransactionTemplate transactions, SqlDialect dialect, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dialect = dialect;
        this.clock = clock;
    }

    public void refresh() {
        refresh("claims", "remittance_claim", "payment_date", this::recomputeClaimMonth);
        refresh("acknowledgments", "claim_acknowledgment", "status_date", this::recomputeAckMonth);
    }

    private interface MonthRecompute {
        void month(LocalDate first);
    }

    private void refresh(String summary, String source, String dateColumn, MonthRecompute recompute) {
        long newest = jdbc.sql("select coalesce(max(id), 0) from " + source).query(Long.class).single();
        long seen = jdbc.sql("select last_source_id from report_summary_state where summary_name = ?").param(summary)
                .query(Long.class).single();
        if (newest <= seen) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            long last = jdbc.sql("select last_source_id from report_summary_state where summary_name = ? for update")
                    .param(summary).query(Long.class).single();
            long upTo = jdbc.sql("select coalesce(max(id), 0) from " + source).query(Long.class).single();
            if (upTo <= last) {
                return;
            }
            List<Date> months = jdbc.sql("select distinct " + dialect.monthOf(dateColumn) + " from " + source
                            + " where id > ? and id <= ? and " + dateColumn + " is not null")
                    .params(last, upTo).query(Date.class).list();
            for (Date month : months) {
                recompute.month(month.toLocalDate());
            }
            jdbc.sql("update report_summary_state set last_source_id = ?, refreshed_at = ? where summary_name = ?")
                    .params(upTo, Timestamp.from(clock.instant()), summary).update();
        });
    }

    private void recomputeClaimMonth(LocalDate month) {
        jdbc.sql("delete from report_claim_month where summary_month = ?").param(Date.valueOf(month)).update();
        // Reversals (CLP02 22) take back an earlier adjudication; they are not adjudications themselves.
        jdbc.sql("""
                insert into report_claim_month (summary_month, payer_key, payer_name, claims, billed, paid, denied_claims, denied_amount)
                select ?, payer_key, max(payer_name), count(*), sum(billed), sum(paid),
                       sum(case when outcome in ('DENIED', 'PARTIALLY_DENIED') then 1 else 0 end),
                       sum(case when outcome in ('DENIED', 'PARTIALLY_DENIED') then amount_at_risk else 0 end)
                from remittance_claim
                where payment_date >= ? and payment_date < ? and outcome <> 'REVERSAL'
                group by payer_key""")
                .params(Date.valueOf(month), Date.valueOf(month), Date.valueOf(month.plusMonths(1))).update();
    }

    private void recomputeAckMonth(LocalDate month) {
        jdbc.sql("delete from report_ack_month where summary_month = ?").param(Date.valueOf(month)).update();
        jdbc.sql("""
                insert into report_ack_month (summary_month, payer_key, payer_name, claims, rejected_claims)
                select ?, payer_key, max(payer_name), count(distinct patient_control_number),
                       count(distinct case when rejected then patient_control_number end)
                from claim_acknowledgment
                where status_date >= ? and status_date < ? and (accepted or rejected)
                group by payer_key""")
                .params(Date.valueOf(month), Date.valueOf(month), Date.valueOf(month.plusMonths(1))).update();
    }
}
