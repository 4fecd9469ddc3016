package org.denialflow.ingest.csv;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvColumnMappingTest {

    @Test
    void standardMappingKnowsTheStandardHeadersAndIsoDates() {
        CsvColumnMapping standard = CsvColumnMapping.standard();
        assertThat(standard.columnFor(" Patient_Control_Number ")).contains(CsvColumn.PATIENT_CONTROL_NUMBER);
        assertThat(standard.columnFor("Patient Acct #")).isEmpty();
        assertThat(standard.parseDate("2025-03-10")).contains(LocalDate.of(2025, 3, 10));
        assertThat(standard.parseDate("03/10/2025")).isEmpty();
        assertThat(standard.parseDate("2025-02-30")).as("strict, not rolled over").isEmpty();
        assertThat(standard.recordType("denial")).contains(RecordType.DENIAL);
    }

    @Test
    void aRenamedColumnIsNoLongerRecognisedUnderItsStandardName() {
        Properties properties = new Properties();
        properties.setProperty("column.billed", "Total Charges");
        CsvColumnMapping mapping = CsvColumnMapping.fromProperties(properties);
        assertThat(mapping.columnFor("total charges")).contains(CsvColumn.BILLED);
        assertThat(mapping.columnFor("billed")).isEmpty();
        assertThat(mapping.columnFor("paid")).contains(CsvColumn.PAID);
    }

    @Test
    void typosInTheMappingFileAreRefused() {
        assertThatThrownBy(() -> CsvColumnMapping.fromProperties(properties("colum.billed", "X")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colum.billed");
        assertThatThrownBy(() -> CsvColumnMapping.fromProperties(properties("column.bill", "X")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvColumnMapping.fromProperties(properties("record_type.APPEAL", "APL")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvColumnMapping.fromProperties(properties("delimiter", "#")))
                .isInstanceOf(IllegalArgumentException.class);
        Properties twice = properties("column.billed", "Amount");
        twice.setProperty("column.paid", "amount");
        assertThatThrownBy(() -> CsvColumnMapping.fromProperties(twice)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedExampleMappingLoads() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/csv/example-clearinghouse-mapping.properties")) {
            CsvColumnMapping mapping = CsvColumnMapping.load(in);
            assertThat(mapping.name()).isNotBlank();
            assertThat(mapping.columnFor("Patient Acct #")).contains(CsvColumn.PATIENT_CONTROL_NUMBER);
            assertThat(mapping.parseDate("3/7/2025")).contains(LocalDate.of(2025, 3, 7));
        }
    }

    @Test
    void amountsAcceptCurrencySignsThousandsSeparatorsAndAccountingNegatives() {
        assertThat(Amounts.parse("$1,234.50")).contains(new BigDecimal("1234.50"));
        assertThat(Amounts.parse("(12.00)")).contains(new BigDecimal("-12.00"));
        assertThat(Amounts.parse("-0.5")).contains(new BigDecimal("-0.50"));
        assertThat(Amounts.parse("410")).isEqualTo(Amounts.parse("410.00"));
        assertThat(Amounts.parse("1.005")).contains(new BigDecimal("1.005"));
        assertThat(Amounts.parse(".75")).contains(new BigDecimal(".75"));
        assertThat(Amounts.parse("12,5O")).isEmpty();
        assertThat(Amounts.parse("N/A")).isEmpty();
    }

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
