package org.denialflow.reporting;

import org.denialflow.denial.DenialScope;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.denialflow.support.H2ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Every report figure on the hand-computed data set of {@link ReportFixture}, denominators included. */
@H2ApplicationTest
@TestPropertySource(properties = "denialflow.test.context=reporting")
class ReportDefinitionsTest {

    static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportService reports;

    @BeforeEach
    void load() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-15T16:00:00Z")));
        ReportFixture.clear(jdbc);
        new ReportFixture(jdbc).load();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void denialRateByPayerCountsClaimsAndDollarsOfTheMonthsWithoutReversals() {
        Report report = reports.report("denial-rate", MARCH, "payer", DenialScope.everything());
        Map<String, Object> acme = row(report, "acme");
        assertThat(acme).containsEntry("claims", 10L).containsEntry("denied_claims", 3L).containsEntry("label", "ACME Health");
        assertThat(dec(acme, "billed")).isEqualByComparingTo("1000");
        assertThat(dec(acme, "denied_amount")).isEqualByComparingTo("240");
        assertThat(dec(acme, "denial_rate")).isEqualByComparingTo("30.0");
        assertThat(dec(acme, "dollar_denial_rate")).isEqualByComparingTo("24.0");
        Map<String, Object> beta = row(report, "beta");
        assertThat(dec(beta, "denial_rate")).isEqualByComparingTo("20.0");
        assertThat(dec(beta, "dollar_denial_rate")).isEqualByComparingTo("20.0");
        assertThat(report.totals()).containsEntry("claims", 15L);
        assertThat(dec(report.totals(), "denial_rate")).isEqualByComparingTo("26.7");
        assertThat(dec(report.totals(), "dollar_denial_rate")).isEqualByComparingTo("22.0");
        assertThat(report.definition()).contains("denied", "adjudicated");
    }

    @Test
    void denialRateByReasonSharesAllAdjudicatedClaimsAsDenominator() {
        Report report = reports.report("denial-rate", MARCH, "reason", DenialScope.everything());
        Map<String, Object> co50 = row(report, "CO-50");
        assertThat(co50).containsEntry("denied_claims", 2L).containsEntry("claims", 15L);
        assertThat(dec(co50, "denial_rate")).isEqualByComparingTo("13.3");
        assertThat(dec(co50, "dollar_denial_rate")).isEqualByComparingTo("15.0");
        assertThat(report.rows()).hasSize(3);
    }

    @Test
    void denialRateByMonthAndTeam() {
        Report byMonth = reports.report("denial-rate", new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31)),
                "month", DenialScope.everything());
        assertThat(dec(row(byMonth, "2026-02-01"), "denial_rate")).isEqualByComparingTo("0.0");
        assertThat(dec(row(byMonth, "2026-03-01"), "denial_rate")).isEqualByComparingTo("26.7");
        Report byTeam = reports.report("denial-rate", MARCH, "team", DenialScope.everything());
        assertThat(row(byTeam, "CDI")).containsEntry("denied_claims", 2L);
    }

    @Test
    void cleanClaimRateCountsEachClaimOnceAndAnyRejectionAsNotClean() {
        Report report = reports.report("clean-claim-rate", MARCH, "payer", DenialScope.everything());
        assertThat(row(report, "acme")).containsEntry("claims", 3L).containsEntry("rejected_claims", 1L)
                .containsEntry("clean_claims", 2L);
        assertThat(dec(row(report, "acme"), "clean_claim_rate")).isEqualByComparingTo("66.7");
        assertThat(dec(row(report, "beta"), "clean_claim_rate")).isEqualByComparingTo("0.0");
        assertThat(dec(report.totals(), "clean_claim_rate")).isEqualByComparingTo("50.0");
    }

    @Test
    void appealSuccessIsWonOverDecided() {
        Period marchApril = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
        Report byPayer = reports.report("appeal-success", marchApril, "payer", DenialScope.everything());
        Map<String, Object> acme = row(byPayer, "acme");
        assertThat(acme).containsEntry("decided", 2L).containsEntry("overturned", 1L).containsEntry("upheld", 1L);
        assertThat(dec(acme, "success_rate")).isEqualByComparingTo("50.0");
        assertThat(dec(acme, "recovered")).isEqualByComparingTo("100");
        Report march = reports.report("appeal-success", MARCH, "level", DenialScope.everything());
        assertThat(dec(row(march, "1"), "success_rate")).isEqualByComparingTo("100.0");
        assertThat(march.totals()).containsEntry("decided", 1L);
    }

    @Test
    void backlogAgesOpenDenialsFromToday() {
        Report byAge = reports.report("backlog", MARCH, "age", DenialScope.everything());
        assertThat(row(byAge, "0-30")).containsEntry("denials", 1L);
        assertThat(row(byAge, "31-60")).containsEntry("denials", 1L).containsEntry("past_deadline", 1L);
        assertThat(row(byAge, "over 120")).containsEntry("denials", 1L);
        assertThat(byAge.rows()).hasSize(3);
        assertThat(byAge.totals()).containsEntry("denials", 3L).containsEntry("past_deadline", 1L);
        assertThat(dec(byAge.totals(), "amount_at_risk")).isEqualByComparingTo("350");
        Report byDeadline = reports.report("backlog", MARCH, "deadline", DenialScope.everything());
        assertThat(byDeadline.rows()).extracting(r -> r.get("group_key"))
                .containsExactly("past deadline", "8-30 days left", "no deadline");
        Report byTeam = reports.report("backlog", MARCH, "team", DenialScope.everything());
        assertThat(dec(row(byTeam, "CDI"), "amount_at_risk")).isEqualByComparingTo("200");
    }

    @Test
    void trendsMonthOverMonth() {
        Report report = reports.report("trends", new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30)), null,
                DenialScope.everything());
        assertThat(report.rows()).hasSize(3);
        Map<String, Object> march = row(report, "2026-03-01");
        assertThat(march).containsEntry("denials", 4L).containsEntry("closed", 1L);
        assertThat(dec(march, "denied_amount")).isEqualByComparingTo("440");
        assertThat(dec(march, "written_off")).isEqualByComparingTo("40");
        assertThat(dec(march, "denial_rate")).isEqualByComparingTo("26.7");
        assertThat(dec(row(report, "2026-04-01"), "recovered")).isEqualByComparingTo("100");
    }

    @Test
    void topReasons() {
        Report report = reports.report("top-reasons", MARCH, null, DenialScope.everything());
        assertThat(report.rows().get(0)).containsEntry("group_key", "CO-50").containsEntry("denials", 2L);
        assertThat(dec(report.rows().get(0), "share")).isEqualByComparingTo("50.0");
        assertThat(report.totals()).containsEntry("denials", 4L);
    }

    @Test
    void timeToAppealAndToResolution() {
        Report report = reports.report("time-to-resolution", MARCH, "payer", DenialScope.everything());
        Map<String, Object> totals = report.totals();
        assertThat(totals).containsEntry("denials", 4L).containsEntry("appealed", 2L).containsEntry("resolved", 2L);
        assertThat(dec(totals, "days_to_appeal")).isEqualByComparingTo("15.0");
        assertThat(dec(totals, "appealed_within_30_rate")).isEqualByComparingTo("100.0");
        assertThat(dec(totals, "days_to_resolve")).isEqualByComparingTo("20.0");
        assertThat(dec(row(report, "acme"), "median_days_to_resolve")).isEqualByComparingTo("20.0");
        assertThat(row(report, "beta")).containsEntry("denials", 1L).containsEntry("appealed", 0L);
    }

    @Test
    void writeOffsAsShareOfNetRevenue() {
        Report report = reports.report("write-offs", MARCH, "team", DenialScope.everything());
        assertThat(row(report, "BILLING")).containsEntry("denials", 1L);
        assertThat(dec(report.totals(), "written_off")).isEqualByComparingTo("40");
        assertThat(dec(report.totals(), "net_revenue")).isEqualByComparingTo("1560");
        assertThat(dec(report.totals(), "share_of_net_revenue")).isEqualByComparingTo("2.6");
    }

    @Test
    void preventableShareByRootCause() {
        Report report = reports.report("preventable", MARCH, null, DenialScope.everything());
        assertThat(row(report, "DOCUMENTATION")).containsEntry("denials", 2L);
        assertThat(row(report, "AUTHORIZATION")).containsEntry("denials", 1L);
        assertThat(row(report, "OTHER")).containsEntry("denials", 1L);
        assertThat(report.totals()).containsEntry("denials", 4L).containsEntry("preventable", 3L);
        assertThat(dec(report.totals(), "share")).isEqualByComparingTo("75.0");
    }

    @Test
    void aTeamSeesOnlyItsOwnDenials() {
        Report report = reports.report("top-reasons", MARCH, null, new DenialScope(List.of("CDI")));
        assertThat(report.totals()).containsEntry("denials", 2L);
    }

    static Map<String, Object> row(Report report, String key) {
        return report.rows().stream().filter(r -> key.equals(r.get("group_key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + report.rows()));
    }

    static BigDecimal dec(Map<String, Object> row, String key) {
        Object value = row.get(key);
        assertThat(value).as(key + " in " + row).isNotNull();
        return new BigDecimal(value.toString());
    }
}
