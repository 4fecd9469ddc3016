package org.denialflow.ingest.csv;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Money as spreadsheets export it: "1234.5", "$1,234.50", "-12", "(12.00)" for negative. Amounts
 * get at least two decimals so "410" and "410.00" on two rows of one claim compare equal.
 */
final class Amounts {

    private Amounts() {
    }

    static Optional<BigDecimal> parse(String text) {
        String value = text.trim().replace("$", "").replace(",", "").replace(" ", "");
        boolean negative = value.startsWith("(") && value.endsWith(")");
        if (negative) {
            value = value.substring(1, value.length() - 1);
        }
        if (!value.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(value);
        amount = amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()));
        return Optional.of(negative ? amount.negate() : amount);
    }
}
