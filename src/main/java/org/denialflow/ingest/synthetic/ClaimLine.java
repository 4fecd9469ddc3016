package org.denialflow.ingest.synthetic;

import java.time.LocalDate;
import java.util.List;

/** One billed service line of a synthetic claim, before adjudication. */
record ClaimLine(int number, Procedure procedure, List<String> modifiers, int units, long chargeCents,
                 LocalDate serviceDate) {

    ClaimLine shiftedBack(long days) {
        return new ClaimLine(number, procedure, modifiers, units, chargeCents, serviceDate.minusDays(days));
    }
}
