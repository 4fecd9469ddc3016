package org.denialflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.WorkItemClosing;
import org.springframework.stereotype.Component;

/** Closes the rejection with the outcome the process reached (variable {@code outcome}). */
@Component
public class CloseRejectionDelegate implements JavaDelegate {

    private final WorkItemClosing closing;

    public CloseRejectionDelegate(WorkItemClosing closing) {
        this.closing = closing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long rejectionId = ((Number) execution.getVariable(ProcessVariables.REJECTION_ID)).longValue();
        closing.closeRejection(rejectionId, (String) execution.getVariable(ProcessVariables.OUTCOME),
                Actors.current(execution));
    }
}
