package org.denialflow.review;

import org.denialflow.denial.DenialScope;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.denialflow.platform.identity.Team;
import org.denialflow.reporting.Period;
import org.denialflow.reporting.Report;
import org.denialflow.reporting.ReportService;
import org.denialflow.reporting.RootCause;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The monthly denial review: prepares the pack from the reports, records the meeting and its
 * preventive actions, and tracks each action until done. Registered as {@code preventiveActions} so
 * the model can ask it for an action's team and due date.
 */
@Service("preventiveActions")
public class ReviewService {

    private final JdbcClient jdbc;
    private final ReportService reports;
    private final ObjectMapper json;
    private final Clock clock;

    public ReviewService(JdbcClient jdbc, ReportService reports, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.json = json;
        this.clock = clock;
    }

    /** The month a review started today looks at: the last complete month. */
    public YearMonth monthToReview() {
        return YearMonth.from(LocalDate.now(clock)).minusMonths(1);
    }

    public ReviewPack pack(YearMonth month) {
        Period period = new Period(month.atDay(1), month.atEndOfMonth());
        Period previous = new Period(month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth());
        DenialScope all = DenialScope.everything();
        Report rate = reports.report("denial-rate", period, "payer", all);
        Report previousRate = reports.report("denial-rate", previous, "payer", all);
        Report top = reports.report("top-reasons", period, "5", all);
        Report topBefore = reports.report("top-reasons", previous, "50", all);
        Report causes = reports.report("preventable", period, null, all);
        Report causesBefore = reports.report("preventable", previous, null, all);
        Report appeals = reports.report("appeal-success", period, "payer", all);
        Report trends = reports.report("trends", period, null, all);

        List<ReviewPack.Trend> topReasons = top.rows().stream().map(r -> new ReviewPack.Trend(key(r), key(r) + " "
                + text(r.get("category")) + "/" + text(r.get("subcategory")), count(r, "denials"),
                countOf(topBefore, key(r)), amount(r, "denied_amount"))).toList();
        List<ReviewPack.Trend> rootCauses = causes.rows().stream().map(r -> new ReviewPack.Trend(key(r),
                text(r.get("label")), count(r, "denials"), countOf(causesBefore, key(r)), amount(r, "denied_amount"))).toList();

        LocalDate endExclusive = month.plusMonths(1).atDay(1);
        String missed = " from denial d where (d.outcome = 'DEADLINE_MISSED' and d.resolved_at >= ? and d.resolved_at < ?)"
                + " or (d.status = 'OPEN' and d.deadline >= ? and d.deadline < ?)";
        Object[] missedParams = {Timestamp.valueOf(month.atDay(1).atStartOfDay()), Timestamp.valueOf(endExclusive.atStartOfDay()),
                Date.valueOf(month.atDay(1)), Date.valueOf(endExclusive)};
        long missedCount = jdbc.sql("select count(*)" + missed).params(missedParams).query(Long.class).single();
        List<ReviewPack.MissedDeadline> missedList = jdbc.sql("select d.id, d.payer_claim_number, d.payer_name,"
                        + " coalesce(d.primary_group || '-' || d.primary_carc, d.kind) as reason, d.team, d.deadline,"
                        + " d.amount_at_risk, d.status" + missed + " order by d.amount_at_risk desc fetch first 25 rows only")
                .params(missedParams)
                .query((rs, n) -> new ReviewPack.MissedDeadline(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                        rs.getBigDecimal(7), rs.getString(8)))
                .list();

        List<ReviewPack.FollowUp> followUps = jdbc.sql("""
                select a.id, a.action_type, a.root_cause, a.team, a.description, a.status, a.baseline_month, a.baseline_count
                from preventive_action a where a.baseline_month < ? order by a.id""")
                .param(Date.valueOf(month.atDay(1)))
                .query((rs, n) -> new ReviewPack.FollowUp(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(), rs.getLong(8),
                        countOf(causes, rs.getString(3))))
                .list();

        Map<String, Object> trendTotals = trends.totals();
        return new ReviewPack(month.toString(), period.from(), period.to(), count(top.totals(), "denials"),
                amount(top.totals(), "denied_amount"), count(reports.report("top-reasons", previous, "1", all).totals(), "denials"),
                decimal(rate.totals().get("denial_rate")), decimal(previousRate.totals().get("denial_rate")),
                decimal(appeals.totals().get("success_rate")), amount(trendTotals, "recovered"),
                amount(trendTotals, "written_off"), topReasons, rootCauses, missedCount, missedList, followUps);
    }

    /** Prepares and stores the pack of a month; returns the review's id. */
    public long prepare(YearMonth month, String processInstanceId) {
        ReviewPack pack = pack(month);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into review_meeting (review_month, process_instance_id, prepared_at, pack) values (?, ?, ?, ?)")
                .params(Date.valueOf(month.atDay(1)), processInstanceId, Timestamp.from(clock.instant()), write(pack))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<ReviewPack> storedPack(long reviewId) {
        return jdbc.sql("select pack from review_meeting where id = ?").param(reviewId).query(String.class).optional()
                .map(this::read);
    }

    public record Meeting(long id, LocalDate month, String processInstanceId, LocalDate heldOn, String attendees, String notes) {
    }

    public List<Meeting> meetings() {
        return jdbc.sql("select id, review_month, process_instance_id, held_on, attendees, notes from review_meeting order by review_month desc, id desc")
                .query((rs, n) -> new Meeting(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** An action agreed in the meeting. */
    public record NewAction(ActionType type, RootCause rootCause, Team team, String description, LocalDate dueOn) {
    }

    /** Records the meeting and its actions; returns the actions' ids, each to be tracked as a task. */
    public List<Long> recordMeeting(long reviewId, List<String> attendees, String notes, String recordedBy,
                                    List<NewAction> actions) {
        jdbc.sql("update review_meeting set held_on = ?, attendees = ?, notes = ?, recorded_by = ? where id = ?")
                .params(Date.valueOf(LocalDate.now(clock)), String.join(", ", attendees), cut(notes, 4000), recordedBy, reviewId)
                .update();
        LocalDate month = jdbc.sql("select review_month from review_meeting where id = ?").param(reviewId)
                .query(Date.class).single().toLocalDate();
        ReviewPack pack = storedPack(reviewId).orElseThrow();
        List<Long> ids = new ArrayList<>();
        for (NewAction action : actions) {
            long baseline = pack.rootCauses().stream().filter(t -> t.key().equals(action.rootCause().name()))
                    .mapToLong(ReviewPack.Trend::count).findFirst().orElse(0);
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into preventive_action (review_id, action_type, root_cause, team, description, due_on, status,
                        baseline_month, baseline_count)
                    values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                    .params(reviewId, action.type().name(), action.rootCause().name(), action.team().groupId(),
                            cut(action.description(), 2000), action.dueOn() == null ? null : Date.valueOf(action.dueOn()),
                            Date.valueOf(month), baseline)
                    .update(key, "id");
            ids.add(key.getKeyAs(Number.class).longValue());
        }
        return ids;
    }

    public void markDone(long actionId, String doneBy, String note) {
        jdbc.sql("update preventive_action set status = 'DONE', done_at = ?, done_by = ?, outcome_note = ? where id = ?")
                .params(Timestamp.from(clock.instant()), doneBy, cut(note, 2000), actionId).update();
    }

    /** The engine group that carries out an action (the model's candidate group). */
    public String groupOf(Object actionId) {
        return jdbc.sql("select team from preventive_action where id = ?").param(toLong(actionId)).query(String.class).single();
    }

    /** An action's due date for its task, or null. */
    public java.util.Date dueDateOf(Object actionId) {
        Date due = jdbc.sql("select due_on from preventive_action where id = ?").param(toLong(actionId))
                .query(Date.class).optional().orElse(null);
        return due == null ? null : java.util.Date.from(due.toLocalDate().atTime(17, 0).atZone(clock.getZone()).toInstant());
    }

    /** One line about an action, for its task's form. */
    public String describe(Object actionId) {
        return jdbc.sql("select action_type, root_cause, description, due_on from preventive_action where id = ?")
                .param(toLong(actionId))
                .query((rs, n) -> rs.getString(1) + " against " + rs.getString(2) + ": " + rs.getString(3)
                        + (rs.getDate(4) == null ? "" : " (due " + rs.getDate(4).toLocalDate() + ")"))
                .single();
    }

    public Map<String, Object> action(long actionId) {
        return jdbc.sql("select id, action_type, root_cause, team, description, due_on, status from preventive_action where id = ?")
                .param(actionId).query().singleRow();
    }

    /** Plain text of the pack for the meeting task's form. */
    public String summary(ReviewPack pack) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.US, "Month %s: %d denials ($%,.2f), %d the month before. Initial denial rate %s%% (before: %s%%). "
                        + "Appeal success %s%%. Recovered $%,.2f, written off $%,.2f. %d denials missed or are past their deadline.%n",
                pack.month(), pack.denials(), pack.deniedAmount(), pack.previousDenials(), pack.denialRate(),
                pack.previousDenialRate(), pack.appealSuccessRate(), pack.recovered(), pack.writtenOff(), pack.missedDeadlineCount()));
        text.append("Top reasons: ");
        pack.topReasons().forEach(t -> text.append(String.format("%s %d (%s from %d); ", t.label(), t.count(), t.direction(), t.previousCount())));
        text.append(System.lineSeparator()).append("Root causes: ");
        pack.rootCauses().forEach(t -> text.append(String.format("%s %d (%s from %d); ", t.label(), t.count(), t.direction(), t.previousCount())));
        if (!pack.followUps().isEmpty()) {
            text.append(System.lineSeparator()).append("Earlier actions: ");
            pack.followUps().forEach(f -> text.append(String.format("#%d %s on %s (%s): %d in %s, now %d, %s; ", f.actionId(),
                    f.actionType(), f.rootCause(), f.status(), f.baselineCount(), f.baselineMonth().toString().substring(0, 7),
                    f.thisMonthCount(), f.wentDown() ? "went down" : "did not go down")));
        }
        return text.toString();
    }

    private String write(ReviewPack pack) {
        try {
            return json.writeValueAsString(pack);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReviewPack read(String text) {
        try {
            return json.readValue(text, ReviewPack.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long countOf(Report report, String key) {
        return report.rows().stream().filter(r -> key.equals(r.get("group_key"))).mapToLong(r -> count(r, "denials"))
                .findFirst().orElse(0);
    }

    private static String key(Map<String, Object> row) {
        return String.valueOf(row.get("group_key"));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static long count(Map<String, Object> row, String key) {
        return row.get(key) instanceof Number n ? n.longValue() : 0;
    }

    private static BigDecimal amount(Map<String, Object> row, String key) {
        return decimal(row.get(key));
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal b ? b : value instanceof Number n ? new BigDecimal(n.toString()) : null;
    }

    private static long toLong(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
