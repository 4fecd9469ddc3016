package org.denialflow.ingest.model;

import java.math.BigDecimal;

/** One CAS triplet: group code (CO, PR, OA, PI, CR in 4010), CARC, amount and quantity. */
public record Adjustment(String group, String reason, BigDecimal amount, BigDecimal quantity) {
}
