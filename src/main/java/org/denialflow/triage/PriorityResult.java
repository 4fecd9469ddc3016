package org.denialflow.triage;

/** Task priority 0-100 (Camunda task priority) and tier: CRITICAL, HIGH, MEDIUM, LOW, OVERDUE or NONE. */
public record PriorityResult(int priority, String tier, DecisionRef decision) {
}
