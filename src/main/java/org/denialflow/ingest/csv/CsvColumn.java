package org.denialflow.ingest.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns of the standard report layout (see docs/csv-report-format.md). */
public enum CsvColumn {
    RECORD_TYPE,
    REPORT_DATE,
    PAYER_NAME,
    PAYER_ID,
    PAYEE_NAME,
    PAYEE_NPI,
    PATIENT_CONTROL_NUMBER,
    PAYER_CLAIM_NUMBER,
    CLAIM_STATUS,
    FILING_INDICATOR,
    PATIENT_NAME,
    MEMBER_ID,
    SERVICE_FROM,
    SERVICE_TO,
    BILLED,
    PAID,
    PATIENT_RESPONSIBILITY,
    GROUP_CODE,
    CARC,
    ADJUSTMENT_AMOUNT,
    RARCS,
    PROCEDURE_CODE,
    MODIFIERS,
    LINE_BILLED,
    LINE_PAID,
    UNITS,
    STATUS_CATEGORY,
    STATUS_CODE,
    ENTITY,
    STATUS_MESSAGE,
    CLEARINGHOUSE_TRACE,
    CHECK_TRACE,
    CHECK_DATE;

    /** The header as written in the standard layout, e.g. {@code patient_control_number}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CsvColumn> byHeader(String header) {
        String wanted = header.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header().equals(wanted)).findFirst();
    }
}
