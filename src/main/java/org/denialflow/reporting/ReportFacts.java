package org.denialflow.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the daily fact tables of V8 (report_denial_day, report_resolution_day, report_closed_day,
 * report_appeal_day, report_open_day) equal to what the denial and appeal tables say. A day's facts
 * are recounted from scratch when a denial of that day changed: the days the ledger noted in
 * denial_change, and those of denials and appeals added since the last refresh (by id, for bulk loads
 * that bypass the ledger). A denial's days are its denial date, its resolution date and the decision
 * dates of its appeals. Every denial-side report calls {@link #refresh()} first, so the
 * figures are never stale; with nothing changed it costs three indexed lookups. Two nodes refreshing
 * at once queue on the state rows.
 */
@Component
public class ReportFacts {

    private static final String DENIALS = "denial-facts";
    private static final String APPEALS = "appeal-facts";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SqlDialect dialect;

    public ReportFacts(JdbcClient jdbc, TransactionTemplate transactions, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dialect = dialect;
    }

    /** Recounts the days whose denials changed since the last refresh; returns how many days it recounted. */
    public int refresh() {
        if (!anythingNew()) {
            return 0;
        }
        Integer recounted = transactions.execute(status -> {
            long seenDenial = lockedMark(DENIALS);
            long seenAppeal = lockedMark(APPEALS);
            long newestDenial = newest("denial");
            long newestAppeal = newest("appeal");
            // The notes are read once and removed by id: a note committed while this runs stays for the next refresh.
            List<Map<String, Object>> notes = jdbc.sql("select id, touched_on, touched_as from denial_change")
                    .query().listOfRows();
            int days = 0;
            for (TouchedAs kind : TouchedAs.values()) {
                SortedSet<LocalDate> touched = new TreeSet<>(addedDays(kind, seenDenial, newestDenial, seenAppeal,
                        newestAppeal));
                notes.stream().filter(n -> kind.name().equals(n.get("touched_as")))
                        .forEach(n -> touched.add(((Date) n.get("touched_on")).toLocalDate()));
                for (LocalDate[] range : contiguous(new ArrayList<>(touched))) {
                    kind.recount(this, range[0], range[1]);
                }
                days += touched.size();
            }
            removeNotes(notes.stream().map(n -> ((Number) n.get("id")).longValue()).toList());
            mark(DENIALS, newestDenial);
            mark(APPEALS, newestAppeal);
            return days;
        });
        return recounted == null ? 0 : recounted;
    }

    /** What a touched day is to a denial, the date column that says so, and the facts kept by that date. */
    private enum TouchedAs {
        DENIED("d.denied_on", "") {
            @Override
            void recount(ReportFacts facts, LocalDate from, LocalDate to) {
                facts.recountDenied(from, to);
            }
        },
        RESOLVED("cast(d.resolved_at as date)", " where d.resolved_at is not null") {
            @Override
            void recount(ReportFacts facts, LocalDate from, LocalDate to) {
                facts.recountResolved(from, to);
            }
        },
        DECIDED("a.decided_on", " join appeal a on a.denial_id = d.id where a.decided_on is not null") {
            @Override
            void recount(ReportFacts facts, LocalDate from, LocalDate to) {
                facts.recountDecided(from, to);
            }
        };

        final String date;
        final String join;

        TouchedAs(String date, String join) {
            this.date = date;
            this.join = join;
        }

        abstract void recount(ReportFacts facts, LocalDate from, LocalDate to);
    }

    private boolean anythingNew() {
        return newest("denial") > mark(DENIALS) || newest("appeal") > mark(APPEALS) || newest("denial_change") > 0;
    }

    private long newest(String table) {
        return jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
    }

    private long mark(String summary) {
        return jdbc.sql("select last_source_id from report_summary_state where summary_name = ?").param(summary)
                .query(Long.class).single();
    }

    private long lockedMark(String summary) {
        return jdbc.sql("select last_source_id from report_summary_state where summary_name = ? for update")
                .param(summary).query(Long.class).single();
    }

    private void mark(String summary, long upTo) {
        jdbc.sql("update report_summary_state set last_source_id = ?, refreshed_at = current_timestamp"
                + " where summary_name = ?").params(upTo, summary).update();
    }

    /** The days of one kind of the denials added since the last refresh, or with an appeal added since. */
    private List<LocalDate> addedDays(TouchedAs kind, long seenDenial, long newestDenial, long seenAppeal,
                                      long newestAppeal) {
        String added = "(select id as denial_id from denial where id > ? and id <= ?"
                + " union select denial_id from appeal where id > ? and id <= ?) t join denial d on d.id = t.denial_id";
        return jdbc.sql("select distinct " + kind.date + " from " + added + kind.join)
                .params(seenDenial, newestDenial, seenAppeal, newestAppeal)
                .query(Date.class).list().stream().map(Date::toLocalDate).toList();
    }

    private void removeNotes(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.sql("delete from denial_change where id in (" + String.join(", ", chunk.stream().map(i -> "?").toList())
                    + ")").params(new ArrayList<Object>(chunk)).update();
        }
    }

    /** Sorted days joined into ranges of consecutive days: [first, day after last). */
    static List<LocalDate[]> contiguous(List<LocalDate> sortedDays) {
        List<LocalDate[]> ranges = new ArrayList<>();
        for (LocalDate day : sortedDays) {
            LocalDate[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && !day.isAfter(last[1])) {
                last[1] = day.plusDays(1).isAfter(last[1]) ? day.plusDays(1) : last[1];
            } else {
                ranges.add(new LocalDate[] {day, day.plusDays(1)});
            }
        }
        return ranges;
    }

    private static final String GROUPS = "d.payer_key, d.kind, d.primary_group, d.primary_carc, d.category, d.team";

    /** Recounts the facts kept by day of denial, from {@code from} to the day before {@code to}. */
    private void recountDenied(LocalDate from, LocalDate to) {
        Date start = Date.valueOf(from);
        Date end = Date.valueOf(to);
        for (String table : List.of("report_denial_day", "report_resolution_day", "report_open_day")) {
            jdbc.sql("delete from " + table + " where denied_on >= ? and denied_on < ?").params(start, end).update();
        }
        String toAppeal = dialect.daysBetween("d.denied_on", "d.first_submitted");
        String toResolve = dialect.daysBetween("d.denied_on", "cast(d.resolved_at as date)");
        jdbc.sql("insert into report_denial_day (denied_on, payer_key, payer_name, kind, primary_group, primary_carc,"
                        + " category, subcategory, team, denials, amount_at_risk, resolved, resolve_days, appealed,"
                        + " appeal_days, appealed_within_30)"
                        + " select d.denied_on, d.payer_key, max(d.payer_name), d.kind, d.primary_group, d.primary_carc,"
                        + " d.category, d.subcategory, d.team, count(*), sum(d.amount_at_risk),"
                        + " sum(case when d.status = 'CLOSED' then 1 else 0 end),"
                        + " sum(case when d.status = 'CLOSED' then " + toResolve + " end),"
                        + " sum(case when d.first_submitted is not null then 1 else 0 end), sum(" + toAppeal + "),"
                        + " sum(case when " + toAppeal + " <= 30 then 1 else 0 end)"
                        + " from (select d.denied_on, d.payer_key, d.payer_name, d.kind, d.primary_group,"
                        + " d.primary_carc, d.category, d.subcategory, d.team, d.amount_at_risk, d.status, d.resolved_at,"
                        + " f.first_submitted from denial d left join (select a.denial_id, min(a.submitted_on) as first_submitted"
                        + " from appeal a join denial ad on ad.id = a.denial_id where a.submitted_on is not null"
                        + " and ad.denied_on >= ? and ad.denied_on < ? group by a.denial_id) f on f.denial_id = d.id"
                        + " where d.denied_on >= ? and d.denied_on < ?) d"
                        + " group by d.denied_on, " + GROUPS + ", d.subcategory")
                .params(start, end, start, end).update();
        jdbc.sql("insert into report_resolution_day (denied_on, payer_key, kind, primary_group, primary_carc, category,"
                        + " team, resolve_days, resolved)"
                        + " select d.denied_on, " + GROUPS + ", " + toResolve + ", count(*) from denial d"
                        + " where d.status = 'CLOSED' and d.resolved_at is not null and d.denied_on >= ? and d.denied_on < ?"
                        + " group by d.denied_on, " + GROUPS + ", " + toResolve)
                .params(start, end).update();
        jdbc.sql("insert into report_open_day (denied_on, deadline, payer_key, payer_name, kind, primary_group,"
                        + " primary_carc, category, team, denials, amount_at_risk)"
                        + " select d.denied_on, d.deadline, d.payer_key, max(d.payer_name), d.kind, d.primary_group,"
                        + " d.primary_carc, d.category, d.team, count(*), sum(d.amount_at_risk) from denial d"
                        + " where d.status = 'OPEN' and d.denied_on >= ? and d.denied_on < ?"
                        + " group by d.denied_on, d.deadline, " + GROUPS)
                .params(start, end).update();
    }

    /** Recounts the facts kept by day of resolution, from {@code from} to the day before {@code to}. */
    private void recountResolved(LocalDate from, LocalDate to) {
        jdbc.sql("delete from report_closed_day where resolved_on >= ? and resolved_on < ?")
                .params(Date.valueOf(from), Date.valueOf(to)).update();
        jdbc.sql("insert into report_closed_day (resolved_on, payer_key, payer_name, kind, primary_group, primary_carc,"
                        + " category, team, outcome, closed, amount_at_risk, recovered_amount)"
                        + " select cast(d.resolved_at as date), d.payer_key, max(d.payer_name), d.kind, d.primary_group,"
                        + " d.primary_carc, d.category, d.team, d.outcome, count(*), sum(d.amount_at_risk),"
                        + " sum(d.recovered_amount) from denial d"
                        + " where d.status = 'CLOSED' and d.resolved_at >= ? and d.resolved_at < ?"
                        + " group by cast(d.resolved_at as date), " + GROUPS + ", d.outcome")
                .params(Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.atStartOfDay())).update();
    }

    /** Recounts the facts kept by day of appeal decision, from {@code from} to the day before {@code to}. */
    private void recountDecided(LocalDate from, LocalDate to) {
        Date start = Date.valueOf(from);
        Date end = Date.valueOf(to);
        jdbc.sql("delete from report_appeal_day where decided_on >= ? and decided_on < ?").params(start, end).update();
        jdbc.sql("insert into report_appeal_day (decided_on, payer_key, payer_name, kind, primary_group, primary_carc,"
                        + " category, team, level, level_name, decision, decided, recovered_amount)"
                        + " select a.decided_on, d.payer_key, max(d.payer_name), d.kind, d.primary_group, d.primary_carc,"
                        + " d.category, d.team, a.level, max(a.level_name), a.decision, count(*), sum(a.recovered_amount)"
                        + " from appeal a join denial d on d.id = a.denial_id"
                        + " where a.decision is not null and a.decided_on >= ? and a.decided_on < ?"
                        + " group by a.decided_on, " + GROUPS + ", a.level, a.decision")
                .params(start, end).update();
    }
}
