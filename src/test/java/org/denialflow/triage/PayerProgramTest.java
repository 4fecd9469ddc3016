package org.denialflow.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class PayerProgramTest {

    @ParameterizedTest
    @CsvSource({
            "MA, MEDICARE", "MB, MEDICARE", "mb, MEDICARE", " MA , MEDICARE",
            "16, MEDICARE_ADVANTAGE",
            "MC, MEDICAID",
            "12, COMMERCIAL", "13, COMMERCIAL", "14, COMMERCIAL", "15, COMMERCIAL", "17, COMMERCIAL",
            "BL, COMMERCIAL", "CI, COMMERCIAL", "HM, COMMERCIAL",
            "11, OTHER", "CH, OTHER", "VA, OTHER", "WC, OTHER", "AM, OTHER", "LM, OTHER", "OF, OTHER", "ZZ, OTHER",
            "XX, OTHER"})
    void fromFilingIndicator(String indicator, PayerProgram expected) {
        assertThat(PayerProgram.fromFilingIndicator(indicator)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingIndicatorIsOther(String indicator) {
        assertThat(PayerProgram.fromFilingIndicator(indicator)).isEqualTo(PayerProgram.OTHER);
    }
}
