package org.denialflow.triage;

import java.math.BigDecimal;

/**
 * Inputs of the priority table. {@code daysLeft} may be negative (deadline passed) or null (not known yet);
 * {@code likelihoodOfSuccess} is 0..1 or null when there is no history.
 */
public record PriorityInput(BigDecimal amountAtRisk, Integer daysLeft, String category, Double likelihoodOfSuccess) {
}
