package org.denialflow.ingest.synthetic;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class X12ValuesTest {

    @Test
    void amountsDropTrailingZerosAndKeepTheSign() {
        assertThat(X12Values.amount(0)).isEqualTo("0");
        assertThat(X12Values.amount(5)).isEqualTo("0.05");
        assertThat(X12Values.amount(150)).isEqualTo("1.5");
        assertThat(X12Values.amount(10000)).isEqualTo("100");
        assertThat(X12Values.amount(-12345)).isEqualTo("-123.45");
        assertThat(X12Values.amount(-7)).isEqualTo("-0.07");
    }

    @Test
    void isaElementsArePaddedToTheirWidth() {
        assertThat(X12Values.fixed("99901", 15)).isEqualTo("99901          ");
        assertThatThrownBy(() -> X12Values.fixed("X".repeat(16), 15)).isInstanceOf(IllegalArgumentException.class);
        assertThat(X12Values.shortDate(LocalDate.of(2025, 3, 3))).isEqualTo("250303");
    }

    @Test
    void npiCheckDigitFollowsTheLuhnRuleWithPrefix80840() {
        // 1234567893 is the example NPI in the CMS check-digit specification.
        assertThat(SyntheticProvider.Npi.withCheckDigit("123456789")).isEqualTo("1234567893");
    }
}
