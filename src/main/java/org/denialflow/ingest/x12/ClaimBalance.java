package org.denialflow.ingest.x12;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.denialflow.ingest.model.Adjustment;
import org.denialflow.ingest.model.RemittanceClaim;

/** The 835 balancing rule for one claim: CLP03 - CLP04 = sum of claim and line CAS amounts. */
final class ClaimBalance {

    private ClaimBalance() {
    }

    static BigDecimal chargeMinusPaid(RemittanceClaim claim) {
        return orZero(claim.charge()).subtract(orZero(claim.paid()));
    }

    static BigDecimal adjustmentTotal(RemittanceClaim claim) {
        BigDecimal claimLevel = sum(claim.adjustments().stream().map(Adjustment::amount).toList());
        BigDecimal lineLevel = sum(claim.lines().stream()
                .flatMap(line -> line.adjustments().stream()).map(Adjustment::amount).toList());
        return claimLevel.add(lineLevel);
    }

    static boolean sameToTheCent(BigDecimal a, BigDecimal b) {
        return a.setScale(2, RoundingMode.HALF_UP).compareTo(b.setScale(2, RoundingMode.HALF_UP)) == 0;
    }

    private static BigDecimal sum(Iterable<BigDecimal> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            total = total.add(orZero(amount));
        }
        return total;
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
