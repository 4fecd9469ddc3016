package org.denialflow.denial;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Collectors;

import org.denialflow.ingest.model.ClaimAcknowledgment;
import org.denialflow.ingest.model.ClaimAcknowledgment.ClaimStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Claim acknowledgments (every 277CA status, for the clean-claim rate) and the rejections among them. */
@Repository
public class AcknowledgmentLedger {

    private final JdbcClient jdbc;

    public AcknowledgmentLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String ackKey(String payerKey, ClaimAcknowledgment ack, ClaimStatus status) {
        String identity = String.join("|", payerKey, String.valueOf(ack.patientControlNumber()),
                String.valueOf(ack.clearinghouseTraceNumber()), String.valueOf(ack.payerClaimControlNumber()),
                String.valueOf(ack.statusDate()), status.category(), String.valueOf(status.code()),
                String.valueOf(status.entity()), String.valueOf(ack.charge()));
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean contains(String ackKey) {
        return jdbc.sql("select count(*) from claim_acknowledgment where ack_key = ?").param(ackKey)
                .query(Long.class).single() > 0;
    }

    public long insertAcknowledgment(long importId, String ackKey, String payerKey, ClaimAcknowledgment ack,
                                     ClaimStatus decisive, boolean accepted, boolean rejected) {
        KeyHolder key = new GeneratedKeyHolder();
        String all = ack.statuses().stream()
                .map(s -> s.category() + ":" + nz(s.code()) + (s.entity() == null ? "" : ":" + s.entity()))
                .collect(Collectors.joining(" "));
        jdbc.sql("""
                insert into claim_acknowledgment (import_id, ack_key, payer_key, payer_name, payer_id, provider_id,
                    patient_control_number, payer_claim_number, clearinghouse_trace, patient_name, member_id, billed,
                    service_from, service_to, status_date, status_category, status_code, entity_code, all_statuses,
                    accepted, rejected)
                values (:importId, :key, :payerKey, :payerName, :payerId, :providerId, :pcn, :pccn, :trace,
                    :patientName, :memberId, :billed, :from, :to, :statusDate, :category, :code, :entity, :all,
                    :accepted, :rejected)""")
                .param("importId", importId).param("key", ackKey).param("payerKey", payerKey)
                .param("payerName", ClaimLedger.cut(ack.payerName(), 200))
                .param("payerId", ClaimLedger.cut(ack.payerId(), 80))
                .param("providerId", ClaimLedger.cut(ack.providerId(), 80))
                .param("pcn", ClaimLedger.cut(nz(ack.patientControlNumber()), 80))
                .param("pccn", ClaimLedger.cut(ack.payerClaimControlNumber(), 80))
                .param("trace", ClaimLedger.cut(ack.clearinghouseTraceNumber(), 80))
                .param("patientName", ClaimLedger.cut(ack.patientName(), 200))
                .param("memberId", ClaimLedger.cut(ack.memberId(), 80))
                .param("billed", ack.charge())
                .param("from", date(ack.serviceFrom())).param("to", date(ack.serviceTo()))
                .param("statusDate", date(ack.statusDate()))
                .param("category", ClaimLedger.cut(decisive.category(), 4))
                .param("code", ClaimLedger.cut(decisive.code(), 10))
                .param("entity", ClaimLedger.cut(decisive.entity(), 4))
                .param("all", ClaimLedger.cut(all, 1000))
                .param("accepted", accepted).param("rejected", rejected)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public long insertRejection(long acknowledgmentId, long importId, String payerKey, ClaimAcknowledgment ack,
                                ClaimStatus status, LocalDate rejectedOn, Instant createdAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rejection (acknowledgment_id, import_id, status, payer_key, payer_name,
                    patient_control_number, status_category, status_code, entity_code, billed, rejected_on, created_at)
                values (?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(acknowledgmentId, importId, payerKey, ClaimLedger.cut(ack.payerName(), 200),
                        ClaimLedger.cut(nz(ack.patientControlNumber()), 80), ClaimLedger.cut(status.category(), 4),
                        ClaimLedger.cut(status.code(), 10), ClaimLedger.cut(status.entity(), 4), ack.charge(),
                        Date.valueOf(rejectedOn), Timestamp.from(createdAt))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<Rejection> findOpenRejection(String patientControlNumber) {
        return jdbc.sql(SELECT + " where patient_control_number = ? and status = 'OPEN' order by id")
                .param(patientControlNumber).query(AcknowledgmentLedger::rejection).list().stream().findFirst();
    }

    public Optional<Rejection> findRejection(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(AcknowledgmentLedger::rejection).optional();
    }

    public void setProcessInstance(long rejectionId, String processInstanceId) {
        jdbc.sql("update rejection set process_instance_id = ? where id = ?").params(processInstanceId, rejectionId)
                .update();
    }

    public void recordDeadline(long rejectionId, LocalDate deadline) {
        jdbc.sql("update rejection set deadline = ? where id = ?")
                .params(deadline == null ? null : Date.valueOf(deadline), rejectionId).update();
    }

    /** The first date of service the acknowledgment of a rejection gave, if any. */
    public Optional<LocalDate> serviceFrom(long acknowledgmentId) {
        return jdbc.sql("select service_from from claim_acknowledgment where id = ?").param(acknowledgmentId)
                .query((rs, n) -> rs.getDate(1)).list().stream().filter(d -> d != null).map(Date::toLocalDate)
                .findFirst();
    }

    public void recordResubmission(long rejectionId, String correctedClaimNumber) {
        jdbc.sql("update rejection set corrected_claim_number = ? where id = ?")
                .params(ClaimLedger.cut(correctedClaimNumber, 80), rejectionId).update();
    }

    public void close(long rejectionId, String outcome, Instant resolvedAt) {
        jdbc.sql("update rejection set status = 'CLOSED', outcome = ?, resolved_at = ? where id = ? and status = 'OPEN'")
                .params(outcome, Timestamp.from(resolvedAt), rejectionId).update();
    }

    private static final String SELECT = """
            select id, acknowledgment_id, import_id, status, payer_key, payer_name, patient_control_number,
                   status_category, status_code, entity_code, billed, rejected_on, deadline, outcome,
                   corrected_claim_number, process_instance_id, created_at, resolved_at
            from rejection""";

    private static Rejection rejection(ResultSet rs, int n) throws SQLException {
        Date deadline = rs.getDate(13);
        Timestamp resolved = rs.getTimestamp(18);
        return new Rejection(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getBigDecimal(11), rs.getDate(12).toLocalDate(), deadline == null ? null : deadline.toLocalDate(),
                rs.getString(14), rs.getString(15), rs.getString(16), rs.getTimestamp(17).toInstant(),
                resolved == null ? null : resolved.toInstant());
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
