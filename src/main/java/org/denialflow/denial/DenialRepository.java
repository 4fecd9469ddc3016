package org.denialflow.denial;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The denial work items of the ledger. */
@Repository
public class DenialRepository {

    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    private final JdbcClient jdbc;

    public DenialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new denial starts with; triage fills in the rest. */
    public record NewDenial(long claimId, long importId, String kind, String payerKey, String payerName,
                            String patientControlNumber, String payerClaimNumber, BigDecimal amountAtRisk,
                            String primaryGroup, String primaryCarc, String primaryRarcs, LocalDate deniedOn,
                            Instant createdAt) {
    }

    public long insert(NewDenial d) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into denial (claim_id, import_id, kind, status, payer_key, payer_name, patient_control_number,
                    payer_claim_number, amount_at_risk, primary_group, primary_carc, primary_rarcs, denied_on,
                    created_at)
                values (:claimId, :importId, :kind, 'OPEN', :payerKey, :payerName, :pcn, :pccn, :atRisk, :group,
                    :carc, :rarcs, :deniedOn, :createdAt)""")
                .param("claimId", d.claimId()).param("importId", d.importId()).param("kind", d.kind())
                .param("payerKey", d.payerKey()).param("payerName", ClaimLedger.cut(d.payerName(), 200))
                .param("pcn", ClaimLedger.cut(d.patientControlNumber(), 80))
                .param("pccn", ClaimLedger.cut(d.payerClaimNumber(), 80))
                .param("atRisk", d.amountAtRisk()).param("group", ClaimLedger.cut(d.primaryGroup(), 4))
                .param("carc", ClaimLedger.cut(d.primaryCarc(), 10))
                .param("rarcs", ClaimLedger.cut(d.primaryRarcs(), 300))
                .param("deniedOn", Date.valueOf(d.deniedOn())).param("createdAt", Timestamp.from(d.createdAt()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        DenialChanges.noteChanged(jdbc, id);
        return id;
    }

    public Optional<Denial> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(DenialRepository::denial).optional();
    }

    public Denial get(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No denial " + id));
    }

    /**
     * The open denial a later remittance is about: the same payer and payer claim number, or, when the
     * payer gave none or a new one, the same patient control number.
     */
    public Optional<Denial> findOpenFor(String payerKey, String payerClaimNumber, String patientControlNumber) {
        if (payerClaimNumber != null && !payerClaimNumber.isBlank()) {
            Optional<Denial> byClaimNumber = jdbc.sql(SELECT
                            + " where payer_key = ? and payer_claim_number = ? and status = 'OPEN' order by id")
                    .params(payerKey, payerClaimNumber).query(DenialRepository::denial).list().stream().findFirst();
            if (byClaimNumber.isPresent()) {
                return byClaimNumber;
            }
        }
        return jdbc.sql(SELECT + " where payer_key = ? and patient_control_number = ? and status = 'OPEN' order by id")
                .params(payerKey, patientControlNumber).query(DenialRepository::denial).list().stream().findFirst();
    }

    public Optional<Denial> findByProcessInstance(String processInstanceId) {
        return jdbc.sql(SELECT + " where process_instance_id = ?").param(processInstanceId)
                .query(DenialRepository::denial).optional();
    }

    public void setProcessInstance(long denialId, String processInstanceId) {
        jdbc.sql("update denial set process_instance_id = ? where id = ?").params(processInstanceId, denialId).update();
    }

    /** Adds money a later remittance paid; returns the total recovered so far. */
    public BigDecimal addPayment(long denialId, long claimId, BigDecimal amount, Instant postedAt) {
        jdbc.sql("insert into denial_payment (denial_id, claim_id, amount, posted_at) values (?, ?, ?, ?)")
                .params(denialId, claimId, amount, Timestamp.from(postedAt)).update();
        jdbc.sql("update denial set recovered_amount = recovered_amount + ? where id = ?").params(amount, denialId)
                .update();
        DenialChanges.noteChanged(jdbc, denialId);
        return get(denialId).recoveredAmount();
    }

    /** Stores what triage decided and why (the decision's reference), so reports can group by it. */
    public void recordTriage(long denialId, String category, String subcategory, String team, String action,
                             Boolean appealable, String decisionReference) {
        jdbc.sql("""
                update denial set category = ?, subcategory = ?, team = ?, recommended_action = ?, appealable = ?,
                    decision_reference = ? where id = ?""")
                .params(category, subcategory, team, action, appealable, ClaimLedger.cut(decisionReference, 200),
                        denialId)
                .update();
        DenialChanges.noteChanged(jdbc, denialId);
    }

    public void recordPriority(long denialId, int priority, String tier) {
        jdbc.sql("update denial set priority = ?, priority_tier = ? where id = ?").params(priority, tier, denialId)
                .update();
    }

    public void recordDeadline(long denialId, LocalDate deadline, String kind) {
        jdbc.sql("update denial set deadline = ?, deadline_kind = ? where id = ?")
                .params(deadline == null ? null : Date.valueOf(deadline), kind, denialId).update();
        DenialChanges.noteChanged(jdbc, denialId);
    }

    public void recordAppealLevel(long denialId, int level) {
        jdbc.sql("update denial set appeal_level = ? where id = ?").params(level, denialId).update();
    }

    public void assignTeam(long denialId, String team) {
        jdbc.sql("update denial set team = ? where id = ?").params(team, denialId).update();
        DenialChanges.noteChanged(jdbc, denialId);
    }

    public void close(long denialId, String outcome, Instant resolvedAt) {
        Timestamp at = Timestamp.from(resolvedAt);
        jdbc.sql("""
                update denial set status = 'CLOSED', stage = 'CLOSED', stage_changed_at = ?, outcome = ?, resolved_at = ?
                 where id = ? and status = 'OPEN'""")
                .params(at, outcome, at, denialId).update();
        DenialChanges.noteChanged(jdbc, denialId);
    }

    static final String SELECT = """
            select id, claim_id, import_id, kind, status, payer_key, payer_name, patient_control_number,
                   payer_claim_number, amount_at_risk, primary_group, primary_carc, primary_rarcs, denied_on, category,
                   subcategory, team, recommended_action, appealable, decision_reference, priority, priority_tier,
                   deadline, deadline_kind, appeal_level, outcome, recovered_amount, process_instance_id, created_at,
                   resolved_at
            from denial""";

    static Denial denial(ResultSet rs, int n) throws SQLException {
        Date deadline = rs.getDate(23);
        Timestamp resolved = rs.getTimestamp(30);
        return new Denial(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBigDecimal(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getDate(14).toLocalDate(), rs.getString(15),
                rs.getString(16), rs.getString(17), rs.getString(18), (Boolean) rs.getObject(19), rs.getString(20),
                (Integer) rs.getObject(21), rs.getString(22), deadline == null ? null : deadline.toLocalDate(),
                rs.getString(24), rs.getInt(25), rs.getString(26), rs.getBigDecimal(27), rs.getString(28),
                rs.getTimestamp(29).toInstant(), resolved == null ? null : resolved.toInstant());
    }
}
