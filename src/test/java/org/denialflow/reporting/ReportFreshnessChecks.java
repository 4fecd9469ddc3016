package org.denialflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.denialflow.reporting.ReportDefinitionsTest.dec;
import static org.denialflow.reporting.ReportDefinitionsTest.row;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.denialflow.denial.DenialRepository;
import org.denialflow.denial.DenialScope;
import org.denialflow.denial.DenialWork;
import org.denialflow.denial.DenialWork.AppealDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reports read daily facts (ReportFacts); these change denials through the ledger after a first
 * report has counted them, and expect the next report to show the change, and to equal a count from
 * scratch. Run on H2 ({@link ReportFreshnessTest}) and PostgreSQL ({@link ReportFreshnessIT}).
 */
abstract class ReportFreshnessChecks {

    static final Period MARCH = ReportDefinitionsTest.MARCH;
    static final Period APRIL = new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportService reports;
    @Autowired
    ReportFacts facts;
    @Autowired
    DenialRepository denials;
    @Autowired
    DenialWork work;

    long betaOpen;

    @BeforeEach
    void load() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-15T16:00:00Z")));
        ReportFixture.clear(jdbc);
        new ReportFixture(jdbc).load();
        betaOpen = jdbc.sql("select id from denial where payer_key = 'beta' and denied_on = ?")
                .param(java.sql.Date.valueOf(LocalDate.of(2026, 3, 20))).query(Long.class).single();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aDenialClosedAfterAReportLeavesTheBacklogAndCountsAsResolvedAndWrittenOff() {
        assertThat(report("backlog", MARCH, "age").totals()).containsEntry("denials", 3L);
        assertThat(report("time-to-resolution", MARCH, "payer").totals()).containsEntry("resolved", 2L);
        assertThat(report("write-offs", APRIL, "team").rows()).isEmpty();

        denials.close(betaOpen, "WRITTEN_OFF", Instant.parse("2026-04-10T16:00:00Z"));

        Report backlog = report("backlog", MARCH, "age");
        assertThat(backlog.totals()).containsEntry("denials", 2L);
        assertThat(dec(backlog.totals(), "amount_at_risk")).isEqualByComparingTo("150");
        Report times = report("time-to-resolution", MARCH, "payer");
        assertThat(times.totals()).containsEntry("resolved", 3L);
        assertThat(dec(row(times, "beta"), "median_days_to_resolve")).isEqualByComparingTo("21.0");
        Report writeOffs = report("write-offs", APRIL, "team");
        assertThat(row(writeOffs, "CDI")).containsEntry("denials", 1L);
        assertThat(dec(row(writeOffs, "CDI"), "written_off")).isEqualByComparingTo("200");
        assertThat(row(report("trends", APRIL, null), "2026-04-01")).containsEntry("closed", 2L);
    }

    @Test
    void anAppealSubmittedAndDecidedAfterAReportCounts() {
        assertThat(report("appeal-success", APRIL, "payer").totals()).containsEntry("decided", 1L);
        assertThat(report("time-to-resolution", MARCH, "payer").totals()).containsEntry("appealed", 2L);

        work.openAppeal(betaOpen, 1, "Redetermination", LocalDate.of(2026, 5, 1));
        work.submitAppeal(betaOpen, 1, LocalDate.of(2026, 4, 2), "PORTAL", "R-1");
        assertThat(report("time-to-resolution", MARCH, "payer").totals()).containsEntry("appealed", 3L);
        work.decideAppeal(betaOpen, 1, LocalDate.of(2026, 4, 12), AppealDecision.OVERTURNED, new BigDecimal("150"), null);

        Report appeals = report("appeal-success", APRIL, "payer");
        assertThat(appeals.totals()).containsEntry("decided", 2L).containsEntry("overturned", 1L);
        assertThat(dec(appeals.totals(), "recovered")).isEqualByComparingTo("150");
        assertThat(row(appeals, "beta")).containsEntry("decided", 1L);
        assertThat(row(report("appeal-success", APRIL, "level"), "1")).containsEntry("decided", 2L);
    }

    @Test
    void triageAndRoutingAfterAReportRegroupTheDenial() {
        assertThat(row(report("denial-rate", MARCH, "team"), "CDI")).containsEntry("denied_claims", 2L);

        denials.recordTriage(betaOpen, "TECHNICAL", "CODING_ERROR", "CODING", "CORRECT_AND_RESUBMIT", false, "test");

        Report byTeam = report("denial-rate", MARCH, "team");
        assertThat(row(byTeam, "CDI")).containsEntry("denied_claims", 1L);
        assertThat(row(byTeam, "CODING")).containsEntry("denied_claims", 1L);
        assertThat(row(report("backlog", MARCH, "team"), "CODING")).containsEntry("denials", 1L);

        denials.assignTeam(betaOpen, "BILLING");
        assertThat(row(report("backlog", MARCH, "team"), "BILLING")).containsEntry("denials", 1L);
        assertThat(report("backlog", MARCH, "team").rows()).noneMatch(r -> "CODING".equals(r.get("group_key")));
    }

    @Test
    void aDeadlineRecordedAfterAReportMovesTheDenialBetweenDeadlineBuckets() {
        assertThat(row(report("backlog", MARCH, "deadline"), "8-30 days left")).containsEntry("denials", 1L);

        denials.recordDeadline(betaOpen, LocalDate.of(2026, 4, 18), "TEST");

        Report byDeadline = report("backlog", MARCH, "deadline");
        assertThat(row(byDeadline, "0-7 days left")).containsEntry("denials", 1L);
        assertThat(byDeadline.rows()).noneMatch(r -> "8-30 days left".equals(r.get("group_key")));
    }

    @Test
    void afterChangesEveryReportEqualsACountFromScratch() {
        List<Report> first = everyReport();
        denials.close(betaOpen, "RECOVERED_IN_FULL", Instant.parse("2026-04-11T16:00:00Z"));
        long acmeOpen = jdbc.sql("select id from denial where payer_key = 'acme' and status = 'OPEN'")
                .query(Long.class).single();
        work.decideAppeal(acmeOpen, 1, LocalDate.of(2026, 4, 6), AppealDecision.PARTIALLY_OVERTURNED,
                new BigDecimal("30"), null);
        denials.assignTeam(acmeOpen, "APPEALS");
        List<Report> incremental = everyReport();

        for (String table : List.of("report_denial_day", "report_resolution_day", "report_closed_day",
                "report_appeal_day", "report_open_day", "denial_change")) {
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("update report_summary_state set last_source_id = 0 where summary_name in ('denial-facts', 'appeal-facts')")
                .update();
        List<Report> fromScratch = everyReport();

        assertThat(incremental).usingRecursiveComparison().isEqualTo(fromScratch);
        assertThat(incremental).usingRecursiveComparison().isNotEqualTo(first);
    }

    @Test
    void withNothingChangedARefreshRecountsNoDay() {
        report("backlog", MARCH, "age");
        assertThat(facts.refresh()).isZero();
        denials.close(betaOpen, "WRITTEN_OFF", Instant.parse("2026-04-10T16:00:00Z"));
        assertThat(facts.refresh()).isEqualTo(2);
        assertThat(facts.refresh()).isZero();
    }

    private List<Report> everyReport() {
        Period both = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
        List<Report> all = new ArrayList<>();
        for (String group : List.of("payer", "reason", "category", "team", "month")) {
            all.add(report("denial-rate", both, group));
            all.add(report("appeal-success", both, group));
            all.add(report("time-to-resolution", both, group));
            all.add(report("write-offs", both, group));
        }
        for (String group : List.of("age", "deadline", "team", "payer", "category", "reason")) {
            all.add(report("backlog", both, group));
        }
        all.add(report("appeal-success", both, "level"));
        all.add(report("trends", both, null));
        all.add(report("top-reasons", both, null));
        all.add(report("preventable", both, null));
        return all;
    }

    private Report report(String name, Period period, String group) {
        return reports.report(name, period, group, DenialScope.everything());
    }
}
