package org.denialflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.DenialOutcome;
import org.denialflow.denial.WorkItemClosing;
import org.springframework.stereotype.Component;

/** Closes the denial with the outcome the process reached (variable {@code outcome}). */
@Component
public class CloseDenialDelegate implements JavaDelegate {

    private final WorkItemClosing closing;

    public CloseDenialDelegate(WorkItemClosing closing) {
        this.closing = closing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = ((Number) execution.getVariable(ProcessVariables.DENIAL_ID)).longValue();
        DenialOutcome outcome = DenialOutcome.valueOf((String) execution.getVariable(ProcessVariables.OUTCOME));
        closing.closeDenial(denialId, outcome, Actors.current(execution));
    }
}
