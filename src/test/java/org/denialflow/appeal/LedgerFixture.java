package org.denialflow.appeal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Ledger rows for one denied claim, as intake would post them, with every value a letter may need. Each call
 * makes its own claim numbers, so tests sharing a database stay apart.
 */
final class LedgerFixture {

    private final JdbcClient jdbc;

    String payerName = "ACME HEALTH PLAN";
    String payerId = "60054";
    String payeeName = "RIVERSIDE FAMILY CLINIC";
    String payeeId = "1234567893";
    String patientName = "DOE, JANE";
    String memberId = "W200300400";
    String claimType = "PROFESSIONAL";
    String facilityType = "11";
    String category = "CLINICAL";
    String subcategory = "MEDICAL_NECESSITY";
    String recommendedAction = "APPEAL";
    String group = "CO";
    String carc = "50";
    String rarc = "N115";
    String procedure = "99214";
    LocalDate serviceFrom = LocalDate.of(2026, 1, 5);
    LocalDate deadline = LocalDate.of(2026, 7, 1);
    BigDecimal billed = new BigDecimal("450.00");
    BigDecimal denied = new BigDecimal("450.00");
    boolean acknowledged;
    String otherPayer;

    String patientControlNumber;
    String payerClaimNumber;

    LedgerFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LedgerFixture category(String category, String subcategory, String carc) {
        this.category = category;
        this.subcategory = subcategory;
        this.carc = carc;
        return this;
    }

    long denial() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        patientControlNumber = "PCN" + tag;
        payerClaimNumber = "PCCN" + tag;
        Instant now = Instant.now();
        long importId = insert("""
                insert into import_file (file_name, content_sha256, content_size, content, channel, status, received_at)
                values (:name, :sha, 3, :content, 'UPLOAD', 'IMPORTED', :now)""", Arrays.asList(
                "name", "fixture-" + tag + ".835", "sha", Checksums.sha256(tag.getBytes(StandardCharsets.UTF_8)),
                "content", "835".getBytes(StandardCharsets.UTF_8), "now", Timestamp.from(now)));
        String payerKey = "ID:" + payerId;
        long claimId = claim(importId, payerKey, payerName, payerId, tag);
        if (carc != null) {
            jdbc.sql("""
                    insert into claim_adjustment (claim_id, level, line_number, procedure_code, group_code, carc, amount, denial)
                    values (?, 'LINE', 1, ?, ?, ?, ?, true)""")
                    .params(claimId, procedure, group, carc, denied).update();
        }
        if (rarc != null) {
            jdbc.sql("insert into claim_remark (claim_id, line_number, code, source) values (?, 1, ?, 'LQ')")
                    .params(claimId, rarc).update();
        }
        if (otherPayer != null) {
            claim(importId, "NAME:" + otherPayer, otherPayer, null, tag + "O");
        }
        if (acknowledged) {
            jdbc.sql("""
                    insert into claim_acknowledgment (import_id, ack_key, payer_key, payer_name, patient_control_number,
                        clearinghouse_trace, status_date, status_category, accepted, rejected)
                    values (?, ?, ?, ?, ?, ?, ?, 'A2', true, false)""")
                    .params(importId, "ACK" + tag, payerKey, payerName, patientControlNumber, "TRC" + tag,
                            Date.valueOf(serviceFrom.plusDays(9)))
                    .update();
        }
        return insert("""
                insert into denial (claim_id, import_id, kind, status, payer_key, payer_name, patient_control_number,
                    payer_claim_number, amount_at_risk, primary_group, primary_carc, primary_rarcs, denied_on, category,
                    subcategory, team, recommended_action, appealable, deadline, deadline_kind, appeal_level, created_at)
                values (:claim, :import, 'DENIED', 'OPEN', :payerKey, :payerName, :pcn, :pccn, :amount, :group, :carc,
                    :rarcs, :deniedOn, :category, :subcategory, 'APPEALS', :action, true, :deadline, 'APPEAL', 0, :now)""",
                Arrays.asList("claim", claimId, "import", importId, "payerKey", payerKey, "payerName", payerName,
                        "pcn", patientControlNumber, "pccn", payerClaimNumber, "amount", denied, "group", group,
                        "carc", carc, "rarcs", rarc,
                        "deniedOn", Date.valueOf(serviceFrom.plusDays(30)), "category", category,
                        "subcategory", subcategory, "action", recommendedAction,
                        "deadline", deadline == null ? null : Date.valueOf(deadline), "now", Timestamp.from(now)));
    }

    private long claim(long importId, String payerKey, String payer, String payerIdValue, String tag) {
        List<Object> p = new ArrayList<>(Arrays.asList("import", importId, "key", "CK" + tag, "payerKey", payerKey,
                "payerName", payer, "payerId", payerIdValue, "payeeName", payeeName,
                "payeeId", payeeId, "pcn", patientControlNumber, "pccn", payerClaimNumber, "claimType", claimType,
                "facility", facilityType, "patient", patientName,
                "member", memberId, "from", Date.valueOf(serviceFrom),
                "paymentDate", Date.valueOf(serviceFrom.plusDays(30)), "billed", billed, "atRisk", denied));
        return insert("""
                insert into remittance_claim (import_id, claim_key, payer_key, payer_name, payer_id, payee_name, payee_id,
                    patient_control_number, payer_claim_number, status_code, filing_indicator, claim_type, facility_type,
                    frequency_code, patient_name, member_id, service_from, service_to, payment_date, billed, paid,
                    patient_responsibility, amount_at_risk, outcome, balanced)
                values (:import, :key, :payerKey, :payerName, :payerId, :payeeName, :payeeId, :pcn, :pccn, '1',
                    'CI', :claimType, :facility, '1', :patient, :member, :from, :from,
                    :paymentDate, :billed, 0, 0, :atRisk, 'DENIED', true)""", p);
    }

    private long insert(String sql, List<Object> namesAndValues) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < namesAndValues.size(); i += 2) {
            spec = spec.param((String) namesAndValues.get(i), namesAndValues.get(i + 1));
        }
        KeyHolder key = new GeneratedKeyHolder();
        spec.update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }
}
