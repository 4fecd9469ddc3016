package org.denialflow.appeal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What letters and corrected claims read from the ledger about a denial's claim. */
@Repository
public class AppealLedger {

    /** The adjudicated claim a denial is about, as the remittance gave it. */
    public record ClaimRecord(long id, String payerKey, String payerName, String payerId, String payeeName,
                              String payeeId, String patientControlNumber, String payerClaimNumber, String statusCode,
                              String filingIndicator, String claimType, String facilityType, String frequencyCode,
                              String patientName, String memberId, LocalDate serviceFrom, LocalDate serviceTo,
                              LocalDate paymentDate, BigDecimal billed, BigDecimal paid,
                              BigDecimal patientResponsibility) {
    }

    /** One adjustment of the claim; {@code lineNumber} 0 is the claim level. */
    public record AdjustmentRecord(String level, int lineNumber, String procedureCode, String groupCode, String carc,
                                   BigDecimal amount, boolean denial) {
    }

    public record RemarkRecord(int lineNumber, String code) {
    }

    /** The appeal level being prepared or filed, from the lifecycle's appeal table. */
    public record AppealRecord(int level, String levelName, String status, LocalDate deadline) {
    }

    /** A claim acknowledgment (277CA) showing the claim reached the payer: proof of timely submission. */
    public record SubmissionRecord(LocalDate statusDate, String statusCategory, String clearinghouseTrace,
                                   String payerClaimNumber, String payerName) {
    }

    private final JdbcClient jdbc;

    public AppealLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ClaimRecord claim(long claimId) {
        return jdbc.sql("""
                select id, payer_key, payer_name, payer_id, payee_name, payee_id, patient_control_number,
                       payer_claim_number, status_code, filing_indicator, claim_type, facility_type, frequency_code,
                       patient_name, member_id, service_from, service_to, payment_date, billed, paid,
                       patient_responsibility
                from remittance_claim where id = ?""")
                .param(claimId)
                .query((rs, n) -> new ClaimRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getString(15), date(rs.getDate(16)), date(rs.getDate(17)), date(rs.getDate(18)),
                        rs.getBigDecimal(19), rs.getBigDecimal(20), rs.getBigDecimal(21)))
                .single();
    }

    public List<AdjustmentRecord> adjustments(long claimId) {
        return jdbc.sql("""
                select level, line_number, procedure_code, group_code, carc, amount, denial
                from claim_adjustment where claim_id = ? order by line_number, id""")
                .param(claimId)
                .query((rs, n) -> new AdjustmentRecord(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getBoolean(7)))
                .list();
    }

    public List<RemarkRecord> remarks(long claimId) {
        return jdbc.sql("select line_number, code from claim_remark where claim_id = ? order by line_number, id")
                .param(claimId).query((rs, n) -> new RemarkRecord(rs.getInt(1), rs.getString(2))).list();
    }

    /** The highest appeal level the lifecycle opened for the denial, if any. */
    public Optional<AppealRecord> currentAppeal(long denialId) {
        return jdbc.sql("""
                select level, level_name, status, deadline from appeal where denial_id = ?
                order by level desc""")
                .param(denialId)
                .query((rs, n) -> new AppealRecord(rs.getInt(1), rs.getString(2), rs.getString(3),
                        date(rs.getDate(4))))
                .list().stream().findFirst();
    }

    /** The first acknowledgment that the payer received the claim (277CA category A1 or A2, or accepted). */
    public Optional<SubmissionRecord> firstReceipt(String payerKey, String patientControlNumber) {
        return jdbc.sql("""
                select status_date, status_category, clearinghouse_trace, payer_claim_number, payer_name
                from claim_acknowledgment
                where patient_control_number = ? and (accepted = true or status_category in ('A1', 'A2'))
                  and status_date is not null
                order by case when payer_key = ? then 0 else 1 end, status_date, id""")
                .params(patientControlNumber, payerKey)
                .query((rs, n) -> new SubmissionRecord(date(rs.getDate(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list().stream().findFirst();
    }

    /** Other payers that adjudicated the same patient account: the coverage coordination of benefits is about. */
    public List<String> otherPayers(String payerKey, String patientControlNumber) {
        return jdbc.sql("""
                select distinct payer_name from remittance_claim
                where patient_control_number = ? and payer_key <> ? and payer_name is not null
                order by payer_name""")
                .params(patientControlNumber, payerKey).query(String.class).list();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
