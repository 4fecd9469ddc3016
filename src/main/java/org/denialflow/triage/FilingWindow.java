package org.denialflow.triage;

import java.time.LocalDate;

/** Filing limit in days, counted from DATE_OF_SERVICE, REMITTANCE_DATE or REJECTION_DATE, and a note for users. */
public record FilingWindow(int limitDays, String anchor, String note, DecisionRef decision) {

    public LocalDate deadline(LocalDate anchorDate) {
        return anchorDate == null ? null : anchorDate.plusDays(limitDays);
    }
}
