package org.denialflow.reporting;

import org.denialflow.denial.DenialScope;
import static org.denialflow.reporting.Report.Column.figure;
import static org.denialflow.reporting.Report.Column.of;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The report figures of PRIMER section 5, each computed by the database (GROUP BY over the monthly
 * claim summaries or the daily denial and appeal facts of {@link ReportFacts}, brought up to date
 * before every report), never by reading denials one by one into Java.
 */
@Service
public class ReportService {

    public static final List<String> NAMES = List.of("denial-rate", "clean-claim-rate", "appeal-success", "backlog",
            "trends", "top-reasons", "time-to-resolution", "write-offs", "preventable");

    static final String DENIAL_RATE = "Initial denial rate = claims (and dollars) denied in full or in part on "
            + "adjudication / claims (and dollars billed) adjudicated, from the 835 remittances by month of payment; "
            + "reversals excluded. By reason, category or team the numerator is the denials of that group and the "
            + "denominator all adjudicated claims of the period. Target below 5%.";
    static final String CLEAN_CLAIM_RATE = "Clean-claim rate = claims accepted without any rejection / claims "
            + "acknowledged (277CA or clearinghouse report), counted once per claim (patient control number) and "
            + "month of status. Target 95% or more.";
    static final String APPEAL_SUCCESS = "Appeal success (overturn) rate = appeals decided OVERTURNED or "
            + "PARTIALLY_OVERTURNED / appeals decided, by date of decision; recovered = money the decided appeals "
            + "brought back.";
    static final String BACKLOG = "Aged backlog = open denials today, by days since the denial (0-30, 31-60, "
            + "61-90, 91-120, over 120) or by days left before their deadline; money at risk = their amount at risk.";
    static final String TRENDS = "Month over month, by month of denial: denials and denied dollars, the initial "
            + "denial rate, and the money recovered and written off on denials closed in the month.";
    static final String TOP_REASONS = "Denials in the period by primary reason (group code and CARC that carried "
            + "the most money), most frequent first; share = the reason's denials / all denials in the period.";
    static final String TIME_TO = "Days from denial to the first appeal submitted (target within 30 days) and from "
            + "denial to resolution (closed), for denials denied in the period.";
    static final String WRITE_OFFS = "Write-offs = amount at risk less recovered on denials closed WRITTEN_OFF or "
            + "DEADLINE_MISSED in the period (by resolution date); share of net revenue = write-offs / dollars paid "
            + "on the remittances of the same months. Target below 1%.";
    static final String PREVENTABLE = "Preventable share = denials whose root cause is registration and "
            + "eligibility, authorization, coding or documentation (from their subcategory) / all denials in the "
            + "period (those categorized NOT_A_DENIAL left out).";

    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final ReportSummaries summaries;
    private final ReportFacts facts;
    private final Clock clock;

    public ReportService(JdbcClient jdbc, SqlDialect dialect, ReportSummaries summaries, ReportFacts facts,
                         Clock clock) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.summaries = summaries;
        this.facts = facts;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Report report(String name, Period period, String groupBy, DenialScope scope) {
        if (!NAMES.contains(name)) {
            throw new UnknownReportException(name);
        }
        facts.refresh();
        return switch (name) {
            case "denial-rate" -> denialRate(period, ReportGroup.parse(groupBy, ReportGroup.PAYER, ReportGroup.PAYER,
                    ReportGroup.MONTH, ReportGroup.REASON, ReportGroup.CATEGORY, ReportGroup.TEAM));
            case "clean-claim-rate" -> cleanClaimRate(period, ReportGroup.parse(groupBy, ReportGroup.PAYER,
                    ReportGroup.PAYER, ReportGroup.MONTH));
            case "appeal-success" -> appealSuccess(period, ReportGroup.parse(groupBy, ReportGroup.PAYER,
                    ReportGroup.PAYER, ReportGroup.REASON, ReportGroup.CATEGORY, ReportGroup.LEVEL, ReportGroup.TEAM,
                    ReportGroup.MONTH), scope);
            case "backlog" -> backlog(groupBy, scope);
            case "trends" -> trends(period, scope);
            case "top-reasons" -> topReasons(period, groupBy, scope);
            case "time-to-resolution" -> timeToResolution(period, ReportGroup.parse(groupBy, ReportGroup.TEAM,
                    ReportGroup.PAYER, ReportGroup.REASON, ReportGroup.CATEGORY, ReportGroup.TEAM, ReportGroup.MONTH),
                    scope);
            case "write-offs" -> writeOffs(period, ReportGroup.parse(groupBy, ReportGroup.PAYER, ReportGroup.PAYER,
                    ReportGroup.REASON, ReportGroup.CATEGORY, ReportGroup.TEAM, ReportGroup.MONTH), scope);
            case "preventable" -> preventable(period, scope);
            default -> throw new UnknownReportException(name);
        };
    }

    public static class UnknownReportException extends RuntimeException {
        UnknownReportException(String name) {
            super("No report " + name + "; the reports are " + NAMES);
        }
    }

    // ---------------------------------------------------------------- denial rate

    Report denialRate(Period period, ReportGroup group) {
        summaries.refresh();
        Map<String, Object> totals = claimTotals(period);
        long allClaims = number(totals.get("claims")).longValue();
        BigDecimal allBilled = decimal(totals.get("billed"));
        List<Map<String, Object>> rows;
        if (group == ReportGroup.PAYER || group == ReportGroup.MONTH) {
            String key = group == ReportGroup.PAYER ? "payer_key" : "summary_month";
            rows = jdbc.sql("select " + key + " as group_key, " + (group == ReportGroup.PAYER ? "max(payer_name)" : "max(summary_month)")
                            + " as label, sum(claims) as claims, sum(billed) as billed, sum(denied_claims) as denied_claims,"
                            + " sum(denied_amount) as denied_amount from report_claim_month"
                            + " where summary_month >= ? and summary_month <= ? group by " + key + " order by " + key)
                    .params(Date.valueOf(period.firstMonth()), Date.valueOf(period.lastMonth()))
                    .query(ReportService::row).list();
        } else {
            rows = jdbc.sql("select " + group.key(dialect, "d.denied_on") + " as group_key, " + group.label(dialect, "d.denied_on")
                            + " as label, sum(d.denials) as denied_claims, sum(d.amount_at_risk) as denied_amount"
                            + " from report_denial_day d where d.denied_on >= ? and d.denied_on < ? group by "
                            + group.key(dialect, "d.denied_on") + " order by sum(d.denials) desc")
                    .params(Date.valueOf(period.firstMonth()), Date.valueOf(period.lastMonth().plusMonths(1)))
                    .query(ReportService::row).list();
            rows.forEach(r -> {
                r.put("claims", allClaims);
                r.put("billed", allBilled);
            });
        }
        for (Map<String, Object> r : rows) {
            r.put("denial_rate", rate(number(r.get("denied_claims")), number(r.get("claims"))));
            r.put("dollar_denial_rate", rate(decimal(r.get("denied_amount")), decimal(r.get("billed"))));
        }
        totals.put("denial_rate", rate(number(totals.get("denied_claims")), number(totals.get("claims"))));
        totals.put("dollar_denial_rate", rate(decimal(totals.get("denied_amount")), decimal(totals.get("billed"))));
        return new Report("denial-rate", "Initial denial rate", DENIAL_RATE, period.firstMonth(),
                period.lastMonth().plusMonths(1).minusDays(1), group.param(), group.drillDown(), List.of(
                of("group_key", group.param()), of("label", "name"),
                figure("claims", "Claims adjudicated", "claims on the remittances of the months, reversals excluded"),
                figure("denied_claims", "Claims denied", "claims denied in full or in part"),
                figure("denial_rate", "Denial rate %", "claims denied / claims adjudicated"),
                figure("billed", "Dollars adjudicated", "billed amount of the claims adjudicated"),
                figure("denied_amount", "Dollars denied", "amount at risk of the claims denied"),
                figure("dollar_denial_rate", "Dollar denial rate %", "dollars denied / dollars adjudicated")),
                rows, totals);
    }

    private Map<String, Object> claimTotals(Period period) {
        return jdbc.sql("""
                select coalesce(sum(claims), 0) as claims, coalesce(sum(billed), 0) as billed,
                       coalesce(sum(paid), 0) as paid, coalesce(sum(denied_claims), 0) as denied_claims,
                       coalesce(sum(denied_amount), 0) as denied_amount
                from report_claim_month where summary_month >= ? and summary_month <= ?""")
                .params(Date.valueOf(period.firstMonth()), Date.valueOf(period.lastMonth()))
                .query(ReportService::row).single();
    }

    // ---------------------------------------------------------------- clean-claim rate

    Report cleanClaimRate(Period period, ReportGroup group) {
        summaries.refresh();
        String key = group == ReportGroup.PAYER ? "payer_key" : "summary_month";
        List<Map<String, Object>> rows = jdbc.sql("select " + key + " as group_key, "
                        + (group == ReportGroup.PAYER ? "max(payer_name)" : "max(summary_month)") + " as label,"
                        + " sum(claims) as claims, sum(rejected_claims) as rejected_claims from report_ack_month"
                        + " where summary_month >= ? and summary_month <= ? group by " + key + " order by " + key)
                .params(Date.valueOf(period.firstMonth()), Date.valueOf(period.lastMonth()))
                .query(ReportService::row).list();
        Map<String, Object> totals = jdbc.sql("select coalesce(sum(claims), 0) as claims, coalesce(sum(rejected_claims), 0)"
                        + " as rejected_claims from report_ack_month where summary_month >= ? and summary_month <= ?")
                .params(Date.valueOf(period.firstMonth()), Date.valueOf(period.lastMonth()))
                .query(ReportService::row).single();
        for (Map<String, Object> r : withTotals(rows, totals)) {
            long claims = number(r.get("claims")).longValue();
            long clean = claims - number(r.get("rejected_claims")).longValue();
            r.put("clean_claims", clean);
            r.put("clean_claim_rate", rate(clean, claims));
        }
        return new Report("clean-claim-rate", "Clean-claim rate", CLEAN_CLAIM_RATE, period.firstMonth(),
                period.lastMonth().plusMonths(1).minusDays(1), group.param(), null, List.of(
                of("group_key", group.param()), of("label", "name"),
                figure("claims", "Claims acknowledged", "distinct claims with an acceptance or rejection"),
                figure("rejected_claims", "Claims rejected", "claims with at least one rejection"),
                figure("clean_claims", "Clean claims", "claims accepted without rejection"),
                figure("clean_claim_rate", "Clean-claim rate %", "clean claims / claims acknowledged")),
                rows, totals);
    }

    // ---------------------------------------------------------------- appeals

    Report appealSuccess(Period period, ReportGroup group, DenialScope scope) {
        // The appeal facts carry the appeal's level and decision beside the denial's groups, all under alias d.
        String key = group.key(dialect, "d.decided_on").replace("a.level", "d.level");
        String label = group.label(dialect, "d.decided_on").replace("a.level", "d.level");
        String sql = "select " + key + " as group_key, " + label + " as label, sum(d.decided) as decided,"
                + " sum(case when d.decision = 'OVERTURNED' then d.decided else 0 end) as overturned,"
                + " sum(case when d.decision = 'PARTIALLY_OVERTURNED' then d.decided else 0 end) as partly_overturned,"
                + " sum(case when d.decision = 'UPHELD' then d.decided else 0 end) as upheld,"
                + " coalesce(sum(d.recovered_amount), 0) as recovered"
                + " from report_appeal_day d where d.decided_on >= ? and d.decided_on < ?" + scope.sql("d");
        List<Map<String, Object>> rows = jdbc.sql(sql + " group by " + key + " order by sum(d.decided) desc, " + key)
                .params(params(period.from(), period.endExclusive(), scope)).query(ReportService::row).list();
        Map<String, Object> totals = sums(rows, "decided", "overturned", "partly_overturned", "upheld", "recovered");
        for (Map<String, Object> r : withTotals(rows, totals)) {
            r.put("success_rate", rate(number(r.get("overturned")).longValue() + number(r.get("partly_overturned")).longValue(),
                    number(r.get("decided"))));
        }
        return new Report("appeal-success", "Appeal success", APPEAL_SUCCESS, period.from(), period.to(),
                group.param(), group.drillDown(), List.of(
                of("group_key", group.param()), of("label", "name"),
                figure("decided", "Appeals decided", "appeals with a decision in the period"),
                figure("overturned", "Overturned", "decision OVERTURNED"),
                figure("partly_overturned", "Partly overturned", "decision PARTIALLY_OVERTURNED"),
                figure("upheld", "Upheld", "decision UPHELD"),
                figure("success_rate", "Success rate %", "(overturned + partly overturned) / decided"),
                figure("recovered", "Recovered", "money recovered by the decided appeals")),
                rows, totals);
    }

    // ---------------------------------------------------------------- backlog

    static final String AGE_BUCKETS = "0-30,31-60,61-90,91-120,over 120";

    Report backlog(String groupBy, DenialScope scope) {
        LocalDate today = today();
        String age = "case when d.denied_on >= ? then '0-30' when d.denied_on >= ? then '31-60'"
                + " when d.denied_on >= ? then '61-90' when d.denied_on >= ? then '91-120' else 'over 120' end";
        List<Object> ageParams = List.of(Date.valueOf(today.minusDays(30)), Date.valueOf(today.minusDays(60)),
                Date.valueOf(today.minusDays(90)), Date.valueOf(today.minusDays(120)));
        String left = "case when d.deadline is null then 'no deadline' when d.deadline < ? then 'past deadline'"
                + " when d.deadline <= ? then '0-7 days left' when d.deadline <= ? then '8-30 days left'"
                + " when d.deadline <= ? then '31-60 days left' else 'over 60 days left' end";
        List<Object> leftParams = List.of(Date.valueOf(today), Date.valueOf(today.plusDays(7)),
                Date.valueOf(today.plusDays(30)), Date.valueOf(today.plusDays(60)));
        String by = groupBy == null || groupBy.isBlank() ? "age" : groupBy.trim();
        String key;
        String label;
        List<Object> params = new ArrayList<>();
        params.add(Date.valueOf(today));
        String drill;
        switch (by) {
            case "age" -> {
                key = age;
                label = "cast(null as varchar(200))";
                params.addAll(ageParams);
                drill = "age";
            }
            case "deadline" -> {
                key = left;
                label = "cast(null as varchar(200))";
                params.addAll(leftParams);
                drill = "deadline";
            }
            default -> {
                ReportGroup group = ReportGroup.parse(by, ReportGroup.TEAM, ReportGroup.TEAM, ReportGroup.PAYER,
                        ReportGroup.CATEGORY, ReportGroup.REASON);
                key = group.key(dialect, "d.denied_on");
                label = group == ReportGroup.PAYER ? "d.payer_name" : key;
                drill = group.drillDown();
            }
        }
        params.addAll(scope.params());
        // Ages and days left are counted from today here, from the open facts' denial dates and deadlines.
        String figures = " sum(b.denials) as denials, coalesce(sum(b.amount_at_risk), 0) as amount_at_risk,"
                + " sum(case when b.deadline < ? then b.denials else 0 end) as past_deadline";
        String open = " from report_open_day d where 1 = 1" + scope.sql("d");
        List<Map<String, Object>> rows = jdbc.sql("select b.group_key, max(b.label) as label,"
                        + figures + " from (select " + key + " as group_key, " + label
                        + " as label, d.denials, d.amount_at_risk, d.deadline, d.denied_on" + open + ") b group by b.group_key"
                        + " order by " + ("age".equals(by) ? "min(b.denied_on) desc" : "sum(b.denials) desc"))
                .params(params).query(ReportService::row).list();
        if ("deadline".equals(by)) {
            rows.sort(java.util.Comparator.comparingInt(r -> deadlineOrder(String.valueOf(r.get("group_key")))));
        }
        Map<String, Object> totals = sums(rows, "denials", "amount_at_risk", "past_deadline");
        return new Report("backlog", "Aged backlog", BACKLOG, today, today, by, drill, List.of(
                of("group_key", by), of("label", "name"),
                figure("denials", "Open denials", "denials with status OPEN"),
                figure("amount_at_risk", "Money at risk", "amount at risk of the open denials"),
                figure("past_deadline", "Past deadline", "open denials whose deadline is before today")),
                rows, totals);
    }

    private static int deadlineOrder(String bucket) {
        return List.of("past deadline", "0-7 days left", "8-30 days left", "31-60 days left", "over 60 days left",
                "no deadline").indexOf(bucket);
    }

    // ---------------------------------------------------------------- trends

    Report trends(Period period, DenialScope scope) {
        summaries.refresh();
        LocalDate first = period.firstMonth();
        LocalDate endExclusive = period.lastMonth().plusMonths(1);
        Map<String, Map<String, Object>> months = new TreeMap<>();
        for (LocalDate m = first; m.isBefore(endExclusive); m = m.plusMonths(1)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group_key", m.toString());
            row.put("label", m.toString().substring(0, 7));
            row.put("denials", 0L);
            row.put("denied_amount", BigDecimal.ZERO);
            row.put("claims", 0L);
            row.put("denied_claims", 0L);
            row.put("denial_rate", null);
            row.put("closed", 0L);
            row.put("recovered", BigDecimal.ZERO);
            row.put("written_off", BigDecimal.ZERO);
            months.put(m.toString(), row);
        }
        String month = dialect.monthOf("d.denied_on");
        jdbc.sql("select " + month + " as group_key, sum(d.denials) as denials, sum(d.amount_at_risk) as denied_amount"
                        + " from report_denial_day d where d.denied_on >= ? and d.denied_on < ?" + scope.sql("d") + " group by " + month)
                .params(params(first, endExclusive, scope)).query(ReportService::row).list()
                .forEach(r -> merge(months, r));
        String resolvedMonth = dialect.monthOf("d.resolved_on");
        jdbc.sql("select " + resolvedMonth + " as group_key, sum(d.closed) as closed, sum(d.recovered_amount) as recovered,"
                        + " sum(case when d.outcome in ('WRITTEN_OFF', 'DEADLINE_MISSED') then d.amount_at_risk - d.recovered_amount else 0 end) as written_off"
                        + " from report_closed_day d where d.resolved_on >= ? and d.resolved_on < ?" + scope.sql("d")
                        + " group by " + resolvedMonth)
                .params(params(first, endExclusive, scope))
                .query(ReportService::row).list().forEach(r -> merge(months, r));
        if (scope.isEverything()) {
            jdbc.sql("select summary_month as group_key, sum(claims) as claims, sum(denied_claims) as denied_claims"
                            + " from report_claim_month where summary_month >= ? and summary_month < ? group by summary_month")
                    .params(Date.valueOf(first), Date.valueOf(endExclusive)).query(ReportService::row).list()
                    .forEach(r -> merge(months, r));
        }
        List<Map<String, Object>> rows = new ArrayList<>(months.values());
        Map<String, Object> totals = new LinkedHashMap<>();
        for (String figure : List.of("denials", "denied_amount", "claims", "denied_claims", "closed", "recovered", "written_off")) {
            totals.put(figure, rows.stream().map(r -> decimal(r.get(figure))).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        for (Map<String, Object> r : withTotals(rows, totals)) {
            r.put("denial_rate", rate(number(r.get("denied_claims")), number(r.get("claims"))));
        }
        return new Report("trends", "Month over month", TRENDS, first, endExclusive.minusDays(1), "month", "month",
                List.of(of("group_key", "month"), of("label", "month"),
                        figure("denials", "Denials", "denials with a denial date in the month"),
                        figure("denied_amount", "Dollars denied", "their amount at risk"),
                        figure("denial_rate", "Denial rate %", "claims denied / claims adjudicated in the month"),
                        figure("closed", "Closed", "denials closed in the month"),
                        figure("recovered", "Recovered", "money recovered on the denials closed in the month"),
                        figure("written_off", "Written off", "amount at risk less recovered, closed WRITTEN_OFF or DEADLINE_MISSED")),
                rows, totals);
    }

    private static void merge(Map<String, Map<String, Object>> months, Map<String, Object> row) {
        Map<String, Object> target = months.get(String.valueOf(row.get("group_key")));
        if (target != null) {
            row.forEach((k, v) -> {
                if (!"group_key".equals(k) && v != null) {
                    target.put(k, v);
                }
            });
        }
    }

    // ---------------------------------------------------------------- top reasons

    Report topReasons(Period period, String limitOrGroup, DenialScope scope) {
        int limit = 10;
        if (limitOrGroup != null && limitOrGroup.matches("\\d{1,3}")) {
            limit = Math.max(1, Integer.parseInt(limitOrGroup));
        }
        ReportGroup reason = ReportGroup.REASON;
        String key = reason.key(dialect, "d.denied_on");
        List<Object> params = params(period.from(), period.endExclusive(), scope);
        Map<String, Object> totals = jdbc.sql("select coalesce(sum(d.denials), 0) as denials, coalesce(sum(d.amount_at_risk), 0) as denied_amount"
                        + " from report_denial_day d where d.denied_on >= ? and d.denied_on < ?" + scope.sql("d"))
                .params(params).query(ReportService::row).single();
        List<Map<String, Object>> rows = jdbc.sql("select " + key + " as group_key, max(d.category) as category,"
                        + " max(d.subcategory) as subcategory, sum(d.denials) as denials, sum(d.amount_at_risk) as denied_amount"
                        + " from report_denial_day d where d.denied_on >= ? and d.denied_on < ?" + scope.sql("d")
                        + " group by " + key + " order by sum(d.denials) desc, " + key + " fetch first " + limit + " rows only")
                .params(params).query(ReportService::row).list();
        for (Map<String, Object> r : rows) {
            r.put("label", r.get("group_key"));
            r.put("share", rate(number(r.get("denials")), number(totals.get("denials"))));
        }
        return new Report("top-reasons", "Top denial reasons", TOP_REASONS, period.from(), period.to(), "reason", "reason",
                List.of(of("group_key", "reason"), of("category", "category"), of("subcategory", "subcategory"),
                        figure("denials", "Denials", "denials with this primary reason"),
                        figure("denied_amount", "Dollars denied", "their amount at risk"),
                        figure("share", "Share %", "denials of the reason / all denials of the period")),
                rows, totals);
    }

    // ---------------------------------------------------------------- time to appeal and resolution

    Report timeToResolution(Period period, ReportGroup group, DenialScope scope) {
        String key = group.key(dialect, "d.denied_on");
        String label = group.label(dialect, "d.denied_on");
        List<Object> params = params(period.from(), period.endExclusive(), scope);
        String appealSql = " sum(d.appealed) as appealed, sum(d.appeal_days) as sum_days_to_appeal,"
                + " sum(d.appealed_within_30) as appealed_within_30"
                + " from report_denial_day d where d.appealed > 0 and d.denied_on >= ? and d.denied_on < ?" + scope.sql("d");
        String resolveSql = " sum(d.denials) as denials, sum(d.resolved) as resolved,"
                + " sum(d.resolve_days) as sum_days_to_resolve"
                + " from report_denial_day d where d.denied_on >= ? and d.denied_on < ?" + scope.sql("d");
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        jdbc.sql("select " + key + " as group_key, " + label + " as label," + resolveSql + " group by " + key
                        + " order by sum(d.denials) desc").params(params).query(ReportService::row).list()
                .forEach(r -> byKey.put(String.valueOf(r.get("group_key")), r));
        Map<String, java.math.BigDecimal> medians = ResolutionMedians.byGroup(jdbc.sql("select " + key
                        + " as group_key, d.resolve_days as days, sum(d.resolved) as denials from report_resolution_day d"
                        + " where d.denied_on >= ? and d.denied_on < ?" + scope.sql("d") + " group by " + key
                        + ", d.resolve_days").params(params).query(ReportService::row).list());
        byKey.forEach((k, r) -> r.put("median_days_to_resolve", medians.get(k)));
        jdbc.sql("select " + key + " as group_key," + appealSql + " group by " + key).params(params)
                .query(ReportService::row).list().forEach(r -> {
                    Map<String, Object> target = byKey.get(String.valueOf(r.get("group_key")));
                    if (target != null) {
                        r.remove("group_key");
                        target.putAll(r);
                    }
                });
        List<Map<String, Object>> rows = new ArrayList<>(byKey.values());
        rows.forEach(r -> {
            r.putIfAbsent("appealed", 0L);
            r.putIfAbsent("appealed_within_30", 0L);
        });
        // The totals are the sums of the groups (the groups cover every denial once): no second pass
        // over the denials. The overall median is not additive and is left out.
        Map<String, Object> totals = sums(rows, "denials", "resolved", "sum_days_to_resolve", "appealed",
                "sum_days_to_appeal", "appealed_within_30");
        totals.put("median_days_to_resolve", null);
        for (Map<String, Object> r : withTotals(rows, totals)) {
            r.put("days_to_appeal", mean(r.get("sum_days_to_appeal"), r.get("appealed")));
            r.put("days_to_resolve", mean(r.get("sum_days_to_resolve"), r.get("resolved")));
            r.put("median_days_to_resolve", round(r.get("median_days_to_resolve")));
            r.put("appealed_within_30_rate", rate(number(r.get("appealed_within_30")), number(r.get("appealed"))));
        }
        return new Report("time-to-resolution", "Time to appeal and to resolution", TIME_TO, period.from(), period.to(),
                group.param(), group.drillDown(), List.of(
                of("group_key", group.param()), of("label", "name"),
                figure("denials", "Denials", "denials with a denial date in the period"),
                figure("appealed", "Appealed", "of those, with an appeal submitted"),
                figure("days_to_appeal", "Days to appeal (mean)", "first appeal submitted minus denial date"),
                figure("appealed_within_30_rate", "Appealed within 30 days %", "appeals submitted within 30 days / appealed"),
                figure("resolved", "Resolved", "of those, closed"),
                figure("days_to_resolve", "Days to resolve (mean)", "resolution date minus denial date"),
                figure("median_days_to_resolve", "Days to resolve (median)", "the middle value")),
                rows, totals);
    }

    // ---------------------------------------------------------------- write-offs

    Report writeOffs(Period period, ReportGroup group, DenialScope scope) {
        summaries.refresh();
        String key = group.key(dialect, "d.resolved_on");
        String label = group.label(dialect, "d.resolved_on");
        String sql = " sum(d.closed) as denials, coalesce(sum(d.amount_at_risk - d.recovered_amount), 0) as written_off"
                + " from report_closed_day d where d.outcome in ('WRITTEN_OFF', 'DEADLINE_MISSED')"
                + " and d.resolved_on >= ? and d.resolved_on < ?" + scope.sql("d");
        List<Object> params = params(period.from(), period.endExclusive(), scope);
        List<Map<String, Object>> rows = jdbc.sql("select " + key + " as group_key, " + label + " as label,"
                        + sql + " group by " + key + " order by 4 desc").params(params).query(ReportService::row).list();
        Map<String, Object> totals = sums(rows, "denials", "written_off");
        BigDecimal paid = decimal(claimTotals(period).get("paid"));
        totals.put("net_revenue", paid);
        for (Map<String, Object> r : withTotals(rows, totals)) {
            r.put("share_of_net_revenue", rate(decimal(r.get("written_off")), paid));
        }
        return new Report("write-offs", "Write-offs", WRITE_OFFS, period.from(), period.to(), group.param(),
                group.drillDown(), List.of(of("group_key", group.param()), of("label", "name"),
                figure("denials", "Denials written off", "closed WRITTEN_OFF or DEADLINE_MISSED in the period"),
                figure("written_off", "Dollars written off", "amount at risk less recovered"),
                figure("share_of_net_revenue", "Share of net revenue %", "written off / dollars paid on the months' remittances")),
                rows, totals);
    }

    // ---------------------------------------------------------------- preventable share

    Report preventable(Period period, DenialScope scope) {
        String cause = RootCause.sqlCase("d.subcategory");
        String where = " from report_denial_day d where d.denied_on >= ? and d.denied_on < ?"
                + " and (d.category is null or d.category <> 'NOT_A_DENIAL')" + scope.sql("d");
        List<Object> params = params(period.from(), period.endExclusive(), scope);
        Map<String, Object> totals = jdbc.sql("select coalesce(sum(d.denials), 0) as denials, coalesce(sum(d.amount_at_risk), 0) as denied_amount" + where)
                .params(params).query(ReportService::row).single();
        Map<String, Map<String, Object>> byCause = new LinkedHashMap<>();
        for (RootCause c : RootCause.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group_key", c.name());
            row.put("label", c.label());
            row.put("preventable", c.preventable());
            row.put("denials", 0L);
            row.put("denied_amount", BigDecimal.ZERO);
            byCause.put(c.name(), row);
        }
        jdbc.sql("select " + cause + " as group_key, sum(d.denials) as denials, sum(d.amount_at_risk) as denied_amount"
                        + where + " group by " + cause).params(params).query(ReportService::row).list()
                .forEach(r -> byCause.get(String.valueOf(r.get("group_key"))).putAll(Map.of(
                        "denials", r.get("denials"), "denied_amount", r.get("denied_amount"))));
        List<Map<String, Object>> rows = new ArrayList<>(byCause.values());
        long preventable = rows.stream().filter(r -> Boolean.TRUE.equals(r.get("preventable")))
                .mapToLong(r -> number(r.get("denials")).longValue()).sum();
        BigDecimal preventableAmount = rows.stream().filter(r -> Boolean.TRUE.equals(r.get("preventable")))
                .map(r -> decimal(r.get("denied_amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Map<String, Object> r : rows) {
            r.put("share", rate(number(r.get("denials")), number(totals.get("denials"))));
        }
        totals.put("preventable", preventable);
        totals.put("preventable_amount", preventableAmount);
        totals.put("share", rate(preventable, number(totals.get("denials"))));
        return new Report("preventable", "Preventable share by root cause", PREVENTABLE, period.from(), period.to(),
                "rootCause", "rootCause", List.of(of("group_key", "root cause"), of("label", "name"),
                of("preventable", "preventable"),
                figure("denials", "Denials", "denials of the period with this root cause"),
                figure("denied_amount", "Dollars denied", "their amount at risk"),
                figure("share", "Share %", "denials of the root cause / all denials of the period")),
                rows, totals);
    }

    // ---------------------------------------------------------------- helpers

    private static List<Object> params(Object from, Object toExclusive, DenialScope scope) {
        List<Object> params = new ArrayList<>();
        params.add(from instanceof LocalDate d ? Date.valueOf(d) : from);
        params.add(toExclusive instanceof LocalDate d ? Date.valueOf(d) : toExclusive);
        params.addAll(scope.params());
        return params;
    }

    private static List<Map<String, Object>> withTotals(List<Map<String, Object>> rows, Map<String, Object> totals) {
        List<Map<String, Object>> all = new ArrayList<>(rows);
        all.add(totals);
        return all;
    }

    static Map<String, Object> row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        java.sql.ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            if (value instanceof Date d) {
                value = d.toLocalDate().toString();
            } else if (value instanceof Integer n) {
                value = n.longValue();
            } else if (value instanceof BigDecimal b && b.scale() <= 0 && !"group_key".equalsIgnoreCase(meta.getColumnLabel(i))) {
                value = b.longValueExact();
            } else if (value instanceof BigDecimal b && "group_key".equalsIgnoreCase(meta.getColumnLabel(i))) {
                value = b.toPlainString();
            }
            row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), value);
        }
        if (row.containsKey("group_key") && row.get("group_key") != null) {
            row.put("group_key", String.valueOf(row.get("group_key")));
        }
        if (row.containsKey("label") && row.get("label") == null) {
            row.put("label", row.get("group_key"));
        }
        return row;
    }

    static Number number(Object value) {
        return value instanceof Number n ? n : 0L;
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        return value instanceof Number n ? new BigDecimal(n.toString()) : BigDecimal.ZERO;
    }

    private static Map<String, Object> sums(List<Map<String, Object>> rows, String... figures) {
        Map<String, Object> totals = new LinkedHashMap<>();
        for (String figure : figures) {
            BigDecimal sum = rows.stream().map(r -> decimal(r.get(figure))).reduce(BigDecimal.ZERO, BigDecimal::add);
            totals.put(figure, sum.scale() <= 0 ? (Object) sum.longValue() : sum);
        }
        return totals;
    }

    private static BigDecimal mean(Object sum, Object count) {
        BigDecimal n = decimal(count);
        return n.signum() == 0 || sum == null ? null : decimal(sum).divide(n, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(Object value) {
        return value instanceof Number ? decimal(value).setScale(1, RoundingMode.HALF_UP) : null;
    }

    /** A percentage with one decimal, or null where there is nothing to divide by. */
    static BigDecimal rate(Number part, Number whole) {
        BigDecimal w = decimal(whole);
        if (w.signum() == 0) {
            return null;
        }
        return decimal(part).multiply(BigDecimal.valueOf(100)).divide(w, 1, RoundingMode.HALF_UP);
    }
}
