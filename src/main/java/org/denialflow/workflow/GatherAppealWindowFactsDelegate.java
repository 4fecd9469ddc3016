package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.triage.DecisionVariables;
import org.denialflow.triage.DenialTriage;
import org.denialflow.triage.TriageFacts;
import org.springframework.stereotype.Component;

/**
 * Puts the appeal-window table's inputs on the appeal level's process: program, payer, state, claim type, date,
 * as transient variables (only the business rule task right after reads them). The level stays persisted:
 * the tasks and delegates of the level read it after they wait.
 */
@Component
public class GatherAppealWindowFactsDelegate implements JavaDelegate {

    private final DenialTriage triage;
    private final Clock clock;

    public GatherAppealWindowFactsDelegate(DenialTriage triage, Clock clock) {
        this.triage = triage;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TriageFacts facts = triage.facts(Vars.id(execution, DENIAL_ID));
        TransientValues.set(execution, DecisionVariables.PAYER_PROGRAM, facts.payerProgram().name());
        TransientValues.set(execution, DecisionVariables.PAYER_ID, facts.payerId());
        TransientValues.set(execution, DecisionVariables.PAYER_STATE, facts.payerState());
        TransientValues.set(execution, DecisionVariables.CLAIM_TYPE, facts.claimType().name());
        TransientValues.set(execution, DecisionVariables.DECISION_DATE, LocalDate.now(clock).toString());
        TransientValues.set(execution, DecisionVariables.PAYER_APPEAL_DAYS, facts.payerAppealDays());
        if (execution.getVariable(APPEAL_LEVEL) == null) {
            execution.setVariable(APPEAL_LEVEL, 1);
        }
    }
}
