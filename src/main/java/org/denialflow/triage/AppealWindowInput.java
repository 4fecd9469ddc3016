package org.denialflow.triage;

import java.time.LocalDate;

/**
 * Inputs of the appeal-window table. {@code payerId}, {@code payerState}, {@code claimType} and
 * {@code payerAppealDays} (the payer's own window from the payer registry) may be null. {@code decisionDate} is the
 * date the request would be made (today by default): it selects the amounts in controversy of that year.
 */
public record AppealWindowInput(PayerProgram payerProgram, String payerId, int appealLevel, ClaimType claimType,
                                String payerState, LocalDate decisionDate, Integer payerAppealDays) {

    public static AppealWindowInput of(PayerProgram program, int level) {
        return new AppealWindowInput(program, null, level, null, null, null, null);
    }
}
