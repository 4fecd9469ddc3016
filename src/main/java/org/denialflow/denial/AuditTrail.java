package org.denialflow.denial;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The business audit trail: every action on a denial or rejection, by whom, when and why. It lives
 * in the application's tables so it outlives the engine's history cleanup.
 */
@Repository
public class AuditTrail {

    public enum Subject { DENIAL, REJECTION, IMPORT, REVIEW }

    public record Entry(long id, Subject subjectType, long subjectId, String action, String actor,
                        Instant occurredAt, String taskName, String decision, String note, String details,
                        String documents) {
    }

    /** What to record; only action and actor are required. */
    public record Action(String action, String actor, String taskName, String decision, String note, String details,
                         String documents) {

        public static Action of(String action, String actor) {
            return new Action(action, actor, null, null, null, null, null);
        }

        public Action withDetails(String details) {
            return new Action(action, actor, taskName, decision, note, details, documents);
        }
    }

    public static final String SYSTEM = "denialflow";

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Subject subject, long subjectId, Action action) {
        jdbc.sql("""
                insert into audit_entry (subject_type, subject_id, action, actor, occurred_at, task_name, decision,
                                         note, details, documents)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(subject.name(), subjectId, action.action(), action.actor(), Timestamp.from(clock.instant()),
                        cut(action.taskName(), 300), cut(action.decision(), 100), cut(action.note(), 4000),
                        cut(action.details(), 4000), cut(action.documents(), 2000))
                .update();
    }

    public List<Entry> of(Subject subject, long subjectId) {
        return jdbc.sql("""
                select id, subject_type, subject_id, action, actor, occurred_at, task_name, decision, note, details,
                       documents
                from audit_entry where subject_type = ? and subject_id = ? order by occurred_at, id""")
                .params(subject.name(), subjectId)
                .query((rs, n) -> new Entry(rs.getLong(1), Subject.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)))
                .list();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
