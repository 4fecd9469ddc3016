package org.denialflow.denial;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.denialflow.denial.detect.ClassifiedAdjustment;
import org.denialflow.denial.detect.DenialAssessment;
import org.denialflow.ingest.model.Adjustment;
import org.denialflow.ingest.model.RemarkCode;
import org.denialflow.ingest.model.Remittance;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.model.ServiceLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Every adjudicated claim of every remittance with its adjustments and remark codes: the denominator
 * of the denial rate and the raw material of trend reports, denials or not.
 */
@Repository
public class ClaimLedger {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ClaimLedger(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Identifies one adjudication of one claim: the same claim in two files has the same key. */
    public static String claimKey(String payerKey, Remittance remittance, RemittanceClaim claim) {
        String identity = String.join("|", payerKey, nz(claim.patientControlNumber()),
                nz(claim.payerClaimControlNumber()), nz(claim.statusCode()), amount(claim.charge()),
                amount(claim.paid()), nz(remittance.traceNumber()), String.valueOf(remittance.paymentDate()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean contains(String claimKey) {
        return jdbc.sql("select count(*) from remittance_claim where claim_key = ?").param(claimKey)
                .query(Long.class).single() > 0;
    }

    public long insert(long importId, String claimKey, String payerKey, Remittance remittance,
                       RemittanceClaim claim, DenialAssessment assessment, boolean balanced) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into remittance_claim (import_id, claim_key, payer_key, payer_name, payer_id, payee_name,
                    payee_id, patient_control_number, payer_claim_number, status_code, filing_indicator, claim_type,
                    facility_type, frequency_code, patient_name, member_id, service_from, service_to, received_date,
                    trace_number, payment_date, billed, paid, patient_responsibility, amount_at_risk, outcome, balanced)
                values (:importId, :claimKey, :payerKey, :payerName, :payerId, :payeeName, :payeeId, :pcn, :pccn,
                    :status, :filing, :claimType, :facility, :frequency, :patientName, :memberId, :from, :to,
                    :received, :trace, :paymentDate, :billed, :paid, :patientResp, :atRisk, :outcome, :balanced)""")
                .param("importId", importId).param("claimKey", claimKey).param("payerKey", payerKey)
                .param("payerName", cut(remittance.payer() == null ? null : remittance.payer().name(), 200))
                .param("payerId", cut(remittance.payer() == null ? null : remittance.payer().id(), 80))
                .param("payeeName", cut(remittance.payee() == null ? null : remittance.payee().name(), 200))
                .param("payeeId", cut(remittance.payee() == null ? null : remittance.payee().id(), 80))
                .param("pcn", cut(nz(claim.patientControlNumber()), 80))
                .param("pccn", cut(claim.payerClaimControlNumber(), 80))
                .param("status", cut(claim.statusCode(), 4)).param("filing", cut(claim.filingIndicator(), 4))
                .param("claimType", claimType(claim)).param("facility", cut(claim.facilityTypeCode(), 4))
                .param("frequency", cut(claim.frequencyCode(), 2))
                .param("patientName", cut(claim.patientName(), 200)).param("memberId", cut(claim.memberId(), 80))
                .param("from", date(claim.serviceFrom())).param("to", date(claim.serviceTo()))
                .param("received", date(claim.receivedDate()))
                .param("trace", cut(remittance.traceNumber(), 80)).param("paymentDate", date(remittance.paymentDate()))
                .param("billed", money(claim.charge())).param("paid", money(claim.paid()))
                .param("patientResp", money(claim.patientResponsibility()))
                .param("atRisk", money(assessment.amountAtRisk())).param("outcome", assessment.outcome().name())
                .param("balanced", balanced)
                .update(key, "id");
        long claimId = key.getKeyAs(Number.class).longValue();
        insertAdjustments(claimId, assessment);
        insertRemarks(claimId, claim);
        return claimId;
    }

    private void insertAdjustments(long claimId, DenialAssessment assessment) {
        List<Object[]> rows = new ArrayList<>();
        for (ClassifiedAdjustment a : assessment.denialAdjustments()) {
            rows.add(adjustmentRow(claimId, a, true));
        }
        for (ClassifiedAdjustment a : assessment.nonDenialAdjustments()) {
            rows.add(adjustmentRow(claimId, a, false));
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                    insert into claim_adjustment (claim_id, level, line_number, procedure_code, group_code, carc,
                                                  amount, quantity, denial)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    private static Object[] adjustmentRow(long claimId, ClassifiedAdjustment a, boolean denial) {
        Adjustment adjustment = a.adjustment();
        return new Object[] {claimId, a.level().name(), a.lineNumber(), cut(a.procedureCode(), 48),
                cut(nz(adjustment.group()), 4), cut(nz(adjustment.reason()), 10), money(adjustment.amount()),
                adjustment.quantity(), denial};
    }

    private void insertRemarks(long claimId, RemittanceClaim claim) {
        List<Object[]> rows = new ArrayList<>();
        for (RemarkCode remark : claim.remarkCodes()) {
            rows.add(new Object[] {claimId, 0, cut(remark.code(), 30), cut(remark.source(), 10)});
        }
        int lineNumber = 0;
        for (ServiceLine line : claim.lines()) {
            lineNumber++;
            for (RemarkCode remark : line.remarkCodes()) {
                rows.add(new Object[] {claimId, lineNumber, cut(remark.code(), 30), cut(remark.source(), 10)});
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("insert into claim_remark (claim_id, line_number, code, source) values (?, ?, ?, ?)", rows);
        }
    }

    /**
     * Institutional claims are billed with revenue codes (SVC01 qualifier NU) and carry inpatient
     * remarks in MIA; everything else is read as professional.
     */
    static String claimType(RemittanceClaim claim) {
        boolean revenueCodes = claim.lines().stream().anyMatch(l -> "NU".equals(l.procedureQualifier()));
        boolean inpatientRemarks = claim.remarkCodes().stream().anyMatch(r -> "MIA".equals(r.source()));
        boolean pharmacy = claim.lines().stream().anyMatch(l -> "N4".equals(l.procedureQualifier()));
        if (pharmacy) {
            return "PHARMACY";
        }
        return revenueCodes || inpatientRemarks ? "INSTITUTIONAL" : "PROFESSIONAL";
    }

    static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static String nz(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
