package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.DenialStage;
import org.denialflow.denial.DenialWork;
import org.denialflow.triage.DenialTriage;
import org.springframework.stereotype.Component;

/**
 * Puts the categorization table's inputs (group code, CARC, RARCs, payer program, filing indicator) on the process
 * as transient variables: the business rule task that follows in the same transaction reads them, nothing after it.
 */
@Component
public class GatherTriageFactsDelegate implements JavaDelegate {

    private final DenialTriage triage;
    private final DenialWork work;

    public GatherTriageFactsDelegate(DenialTriage triage, DenialWork work) {
        this.triage = triage;
        this.work = work;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        TransientValues.setAll(execution, triage.categorizationVariables(denialId));
        work.moveTo(denialId, DenialStage.TRIAGE);
    }
}
