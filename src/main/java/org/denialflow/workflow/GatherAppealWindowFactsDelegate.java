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

/** Puts the appeal-window table's inputs on the appeal level's process: program, payer, state, claim type, date. */
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
        execution.setVariable(DecisionVariables.PAYER_PROGRAM, facts.payerProgram().name());
        execution.setVariable(DecisionVariables.PAYER_ID, facts.payerId());
        execution.setVariable(DecisionVariables.PAYER_STATE, facts.payerState());
        execution.setVariable(DecisionVariables.CLAIM_TYPE, facts.claimType().name());
        execution.setVariable(DecisionVariables.DECISION_DATE, LocalDate.now(clock).toString());
        execution.setVariable(DecisionVariables.PAYER_APPEAL_DAYS, facts.payerAppealDays());
        if (execution.getVariable(APPEAL_LEVEL) == null) {
            execution.setVariable(APPEAL_LEVEL, 1);
        }
    }
}
