package org.denialflow.denial;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The work done on a denial or rejection while its process runs: the stage it is in, corrected claims
 * sent, appeal levels filed and decided, write-offs and deadline changes. These are the tables of V3
 * (and V4) that the tracking log and reports read.
 */
@Repository
public class DenialWork {

    public enum AppealStatus { PREPARING, SUBMITTED, DECIDED }

    public enum AppealDecision { OVERTURNED, PARTIALLY_OVERTURNED, UPHELD }

    public record Correction(long id, Long denialId, Long rejectionId, String correctedClaimNumber,
                             String frequencyCode, LocalDate submittedOn, String channel, String reference,
                             String note, String actor) {
    }

    public record Appeal(long id, long denialId, int level, String levelName, String status, LocalDate deadline,
                         LocalDate submittedOn, String channel, String reference, LocalDate decidedOn,
                         String decision, BigDecimal recoveredAmount, int followUps, LocalDate lastFollowUpOn) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public DenialWork(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void moveTo(long denialId, DenialStage stage) {
        jdbc.sql("update denial set stage = ?, stage_changed_at = ? where id = ? and status = 'OPEN' and stage <> ?")
                .params(stage.name(), Timestamp.from(clock.instant()), denialId, stage.name()).update();
    }

    public String stageOf(long denialId) {
        return jdbc.sql("select stage from denial where id = ?").param(denialId).query(String.class).single();
    }

    // corrections

    public long recordCorrection(Long denialId, Long rejectionId, String correctedClaimNumber, String frequencyCode,
                                 LocalDate submittedOn, String channel, String reference, String note, String actor) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into claim_correction (denial_id, rejection_id, corrected_claim_number, frequency_code,
                    submitted_on, channel, reference, note, actor, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(denialId, rejectionId, ClaimLedger.cut(correctedClaimNumber, 80),
                        ClaimLedger.cut(frequencyCode, 2), Date.valueOf(submittedOn), ClaimLedger.cut(channel, 30),
                        ClaimLedger.cut(reference, 120), ClaimLedger.cut(note, 1000), ClaimLedger.cut(actor, 100),
                        Timestamp.from(clock.instant()))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public List<Correction> correctionsOfDenial(long denialId) {
        return corrections("denial_id", denialId);
    }

    public List<Correction> correctionsOfRejection(long rejectionId) {
        return corrections("rejection_id", rejectionId);
    }

    private List<Correction> corrections(String column, long id) {
        return jdbc.sql("""
                select id, denial_id, rejection_id, corrected_claim_number, frequency_code, submitted_on, channel,
                       reference, note, actor
                from claim_correction where %s = ? order by id""".formatted(column))
                .param(id)
                .query((rs, n) -> new Correction(rs.getLong(1), (Long) nullableLong(rs.getObject(2)),
                        (Long) nullableLong(rs.getObject(3)), rs.getString(4), rs.getString(5),
                        rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10)))
                .list();
    }

    private static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    // appeals

    /** Opens (or re-opens, after a late resumption) the appeal row of one level in PREPARING. */
    public void openAppeal(long denialId, int level, String levelName, LocalDate deadline) {
        int updated = jdbc.sql("""
                update appeal set level_name = ?, deadline = ?, status = 'PREPARING'
                 where denial_id = ? and level = ? and status <> 'DECIDED'""")
                .params(ClaimLedger.cut(levelName, 80), deadline == null ? null : Date.valueOf(deadline), denialId,
                        level)
                .update();
        if (updated == 0 && findAppeal(denialId, level).isEmpty()) {
            jdbc.sql("""
                    insert into appeal (denial_id, level, level_name, status, deadline, created_at)
                    values (?, ?, ?, 'PREPARING', ?, ?)""")
                    .params(denialId, level, ClaimLedger.cut(levelName, 80),
                            deadline == null ? null : Date.valueOf(deadline), Timestamp.from(clock.instant()))
                    .update();
        }
        jdbc.sql("update denial set appeal_level = ? where id = ?").params(level, denialId).update();
        DenialChanges.noteChanged(jdbc, denialId);
    }

    public void submitAppeal(long denialId, int level, LocalDate submittedOn, String channel, String reference) {
        jdbc.sql("""
                update appeal set status = 'SUBMITTED', submitted_on = ?, channel = ?, reference = ?
                 where denial_id = ? and level = ?""")
                .params(Date.valueOf(submittedOn), ClaimLedger.cut(channel, 30), ClaimLedger.cut(reference, 120),
                        denialId, level)
                .update();
        DenialChanges.noteChanged(jdbc, denialId);
    }

    public void decideAppeal(long denialId, int level, LocalDate decidedOn, AppealDecision decision,
                             BigDecimal recovered, String note) {
        DenialChanges.noteChanged(jdbc, denialId);
        jdbc.sql("""
                update appeal set status = 'DECIDED', decided_on = ?, decision = ?, recovered_amount = ?,
                    note = coalesce(?, note)
                 where denial_id = ? and level = ?""")
                .params(Date.valueOf(decidedOn), decision.name(), recovered == null ? BigDecimal.ZERO : recovered,
                        ClaimLedger.cut(note, 1000), denialId, level)
                .update();
        DenialChanges.noteChanged(jdbc, denialId);
    }

    public void recordFollowUp(long denialId, int level, LocalDate on) {
        jdbc.sql("""
                update appeal set follow_ups = follow_ups + 1, last_follow_up_on = ? where denial_id = ? and level = ?""")
                .params(Date.valueOf(on), denialId, level).update();
    }

    public Optional<Appeal> findAppeal(long denialId, int level) {
        return jdbc.sql(APPEAL_SELECT + " where denial_id = ? and level = ?").params(denialId, level)
                .query(DenialWork::appeal).optional();
    }

    /** The appeal filed and not yet decided, if any: a payment now is the payer's answer to it. */
    public Optional<Appeal> submittedAppeal(long denialId) {
        return jdbc.sql(APPEAL_SELECT + " where denial_id = ? and status = 'SUBMITTED' order by level desc")
                .param(denialId).query(DenialWork::appeal).list().stream().findFirst();
    }

    public List<Appeal> appeals(long denialId) {
        return jdbc.sql(APPEAL_SELECT + " where denial_id = ? order by level").param(denialId)
                .query(DenialWork::appeal).list();
    }

    private static final String APPEAL_SELECT = """
            select id, denial_id, level, level_name, status, deadline, submitted_on, channel, reference, decided_on,
                   decision, recovered_amount, follow_ups, last_follow_up_on
            from appeal""";

    private static Appeal appeal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Appeal(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                date(rs.getDate(6)), date(rs.getDate(7)), rs.getString(8), rs.getString(9), date(rs.getDate(10)),
                rs.getString(11), rs.getBigDecimal(12), rs.getInt(13), date(rs.getDate(14)));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    // write-off, deadlines, notes

    public void recordWriteOff(long denialId, String reason, String note) {
        jdbc.sql("update denial set write_off_reason = ?, resolution_note = ? where id = ?")
                .params(ClaimLedger.cut(reason, 60), ClaimLedger.cut(note, 1000), denialId).update();
    }

    public void recordResolutionNote(long denialId, String note) {
        if (note != null && !note.isBlank()) {
            jdbc.sql("update denial set resolution_note = ? where id = ?")
                    .params(ClaimLedger.cut(note, 1000), denialId).update();
        }
    }

    /** A supervisor let work go on after its deadline, with good cause, until {@code newDeadline}. */
    public void extendDeadline(long denialId, LocalDate newDeadline, String goodCause) {
        jdbc.sql("update denial set deadline = ?, good_cause_note = ? where id = ?")
                .params(Date.valueOf(newDeadline), ClaimLedger.cut(goodCause, 1000), denialId).update();
        DenialChanges.noteChanged(jdbc, denialId);
    }

    public java.util.Date remindedAt(long denialId) {
        return jdbc.sql("select reminded_at from denial where id = ?").param(denialId)
                .query((rs, n) -> rs.getTimestamp(1)).list().stream().filter(t -> t != null)
                .map(t -> new java.util.Date(t.getTime())).findFirst().orElse(null);
    }

    public void recordReminder(long denialId) {
        jdbc.sql("update denial set reminded_at = ? where id = ?").params(Timestamp.from(clock.instant()), denialId)
                .update();
    }
}
