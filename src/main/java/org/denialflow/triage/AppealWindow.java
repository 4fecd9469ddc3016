package org.denialflow.triage;

import java.time.LocalDate;

/**
 * The rule for one appeal level. {@code daysAllowed} is null where nothing is to be filed (the Medicare Advantage
 * plan forwards the case to the IRE itself). {@code anchor} is REMITTANCE_DATE, NOTICE_DATE_PLUS_5 or
 * PRIOR_DECISION_DATE. {@code autoForwarded}: an upheld decision at this level goes on to the next one without a
 * request from the provider.
 */
public record AppealWindow(String levelName, Integer daysAllowed, String anchor, String nextLevelName,
                           Integer minimumAmountInControversy, Integer expectedDecisionDays,
                           Integer followUpIntervalDays, boolean escalationAllowed, boolean autoForwarded,
                           DecisionRef decision) {

    public static final String NOTICE_DATE_PLUS_5 = "NOTICE_DATE_PLUS_5";

    /**
     * Last day to file, given the date the anchor refers to (the remittance or notice date, or the prior decision
     * date); null when nothing is to be filed.
     */
    public LocalDate deadline(LocalDate anchorDate) {
        if (daysAllowed == null || anchorDate == null) {
            return null;
        }
        LocalDate start = NOTICE_DATE_PLUS_5.equals(anchor) ? anchorDate.plusDays(5) : anchorDate;
        return start.plusDays(daysAllowed);
    }
}
