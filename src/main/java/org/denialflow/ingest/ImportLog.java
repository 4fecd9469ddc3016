package org.denialflow.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.denialflow.ingest.model.Problem;
import org.denialflow.ingest.model.SourceFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The import log: each file taken in, its bytes, what was found in it and what became of it. */
@Repository
public class ImportLog {

    private final JdbcClient jdbc;

    public ImportLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredFile(long id, String fileName, String sha256, ImportStatus status, Instant claimedAt) {
    }

    public record Entry(long id, String fileName, String sha256, long size, String channel, String format,
                        String status, String reason, String senderId, String receiverId, String payerName,
                        String payerId, String interchangeControls, int transactions, int claims, int paid,
                        int denied, int partiallyDenied, int reversed, int adjustedOnly, int paymentMatches,
                        int duplicateClaims, int rejected, int accepted, java.math.BigDecimal billedTotal,
                        java.math.BigDecimal paidTotal, java.math.BigDecimal atRiskTotal, String importedBy,
                        Instant receivedAt, Instant finishedAt, Long durationMs) {
    }

    public Optional<StoredFile> findBySha256(String sha256) {
        return jdbc.sql("select id, file_name, content_sha256, status, claimed_at from import_file where content_sha256 = ?")
                .param(sha256)
                .query((rs, n) -> new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ImportStatus.valueOf(rs.getString(4)), instant(rs, 5)))
                .optional();
    }

    public long insertReceived(String fileName, String sha256, byte[] content, ImportChannel channel, String user,
                               Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into import_file (file_name, content_sha256, content_size, content, channel, status, imported_by, received_at)
                values (:name, :sha, :size, :content, :channel, 'RECEIVED', :user, :now)""")
                .param("name", fileName).param("sha", sha256).param("size", content.length)
                .param("content", content).param("channel", channel.name()).param("user", user)
                .param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * Takes the file for this attempt; false when another attempt holds it and is not stale.
     * The conditional update makes two nodes (or two threads) never import the same file at once.
     */
    public boolean claim(long id, Instant now, Instant staleBefore) {
        return jdbc.sql("""
                update import_file set status = 'IMPORTING', claimed_at = :now
                where id = :id and (status in ('RECEIVED', 'FAILED') or (status = 'IMPORTING' and claimed_at < :stale))""")
                .param("now", Timestamp.from(now)).param("id", id).param("stale", Timestamp.from(staleBefore))
                .update() == 1;
    }

    /**
     * Confirms, inside the transaction that posts the file, that this attempt (claimed at
     * {@code claimedAt}) still holds it, and locks its row until that transaction ends. Another
     * attempt's claim waits for the lock and then finds the file finished.
     */
    public boolean holdClaim(long id, Instant claimedAt) {
        return jdbc.sql("update import_file set claimed_at = :at where id = :id and status = 'IMPORTING' and claimed_at = :at")
                .param("at", Timestamp.from(claimedAt)).param("id", id)
                .update() == 1;
    }

    public void markQuarantined(long id, SourceFormat format, String reason, Instant now, long durationMs) {
        jdbc.sql("""
                update import_file set status = 'QUARANTINED', format = :format, reason = :reason,
                       finished_at = :now, duration_ms = :ms where id = :id""")
                .param("format", format.name()).param("reason", truncate(reason, 2000))
                .param("now", Timestamp.from(now)).param("ms", durationMs).param("id", id)
                .update();
    }

    public void markFailed(long id, String reason, Instant now) {
        jdbc.sql("update import_file set status = 'FAILED', reason = :reason, finished_at = :now where id = :id")
                .param("reason", truncate(reason, 2000)).param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    public void markImported(long id, SourceFormat format, FileHeader header, ImportCounts counts, Instant now,
                             long durationMs) {
        jdbc.sql("""
                update import_file set status = 'IMPORTED', format = :format, reason = null,
                  sender_id = :sender, receiver_id = :receiver, payer_name = :payerName, payer_id = :payerId,
                  interchange_controls = :controls, transaction_count = :transactions, claim_count = :claims,
                  paid_count = :paid, denied_count = :denied, partially_denied_count = :partial,
                  reversed_count = :reversed, adjusted_only_count = :adjusted, payment_match_count = :matches,
                  duplicate_claim_count = :duplicates, rejected_count = :rejected, accepted_count = :accepted,
                  billed_total = :billed, paid_total = :paidTotal, at_risk_total = :atRisk,
                  finished_at = :now, duration_ms = :ms
                where id = :id""")
                .param("format", format.name())
                .param("sender", header.senderId()).param("receiver", header.receiverId())
                .param("payerName", truncate(header.payerName(), 200)).param("payerId", header.payerId())
                .param("controls", truncate(header.interchangeControls(), 1000))
                .param("transactions", counts.transactions).param("claims", counts.claims)
                .param("paid", counts.paid).param("denied", counts.denied).param("partial", counts.partiallyDenied)
                .param("reversed", counts.reversed).param("adjusted", counts.adjustedOnly)
                .param("matches", counts.paymentMatches).param("duplicates", counts.duplicateClaims)
                .param("rejected", counts.rejected).param("accepted", counts.accepted)
                .param("billed", counts.billedTotal).param("paidTotal", counts.paidTotal)
                .param("atRisk", counts.atRiskTotal)
                .param("now", Timestamp.from(now)).param("ms", durationMs).param("id", id)
                .update();
    }

    public void replaceProblems(long importId, List<Problem> problems) {
        jdbc.sql("delete from import_problem where import_id = ?").param(importId).update();
        for (Problem p : problems) {
            jdbc.sql("""
                    insert into import_problem (import_id, severity, code, message, segment_position, segment_id, claim_reference)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(importId, p.severity().name(), truncate(p.code(), 60), truncate(p.message(), 2000),
                            p.segmentPosition(), truncate(p.segmentId(), 10), truncate(p.claimReference(), 80))
                    .update();
        }
    }

    public List<Entry> list(int limit, int offset) {
        return jdbc.sql(SELECT_ENTRY + " order by id desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset)
                .query(ImportLog::entry).list();
    }

    public Optional<Entry> find(long id) {
        return jdbc.sql(SELECT_ENTRY + " where id = :id").param("id", id).query(ImportLog::entry).optional();
    }

    public List<Problem> problems(long importId) {
        return jdbc.sql("""
                select severity, code, message, segment_position, segment_id, claim_reference
                from import_problem where import_id = ? order by id""")
                .param(importId)
                .query((rs, n) -> new Problem(Problem.Severity.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    public Optional<byte[]> content(long id) {
        return jdbc.sql("select content from import_file where id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Files never finished whose last attempt (or arrival) is older than {@code staleBefore}. */
    public List<Long> abandonedImports(Instant staleBefore) {
        return jdbc.sql("""
                select id from import_file
                where (status in ('RECEIVED', 'FAILED') and coalesce(finished_at, claimed_at, received_at) < :stale)
                   or (status = 'IMPORTING' and claimed_at < :stale)
                order by id""")
                .param("stale", Timestamp.from(staleBefore))
                .query(Long.class).list();
    }

    public List<Long> unfinishedImports() {
        return jdbc.sql("select id from import_file where status in ('RECEIVED', 'IMPORTING', 'FAILED') order by id")
                .query(Long.class).list();
    }

    private static final String SELECT_ENTRY = """
            select id, file_name, content_sha256, content_size, channel, format, status, reason, sender_id,
                   receiver_id, payer_name, payer_id, interchange_controls, transaction_count, claim_count,
                   paid_count, denied_count, partially_denied_count, reversed_count, adjusted_only_count,
                   payment_match_count, duplicate_claim_count, rejected_count, accepted_count, billed_total,
                   paid_total, at_risk_total, imported_by, received_at, finished_at, duration_ms
            from import_file""";

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        long duration = rs.getLong(31);
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getInt(14), rs.getInt(15), rs.getInt(16),
                rs.getInt(17), rs.getInt(18), rs.getInt(19), rs.getInt(20), rs.getInt(21), rs.getInt(22),
                rs.getInt(23), rs.getInt(24), rs.getBigDecimal(25), rs.getBigDecimal(26), rs.getBigDecimal(27),
                rs.getString(28), instant(rs, 29), instant(rs, 30), rs.wasNull() ? null : duration);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
