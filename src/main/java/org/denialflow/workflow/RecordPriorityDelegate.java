package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.denialflow.triage.DecisionVariables;
import org.denialflow.triage.DenialTriage;
import org.denialflow.triage.PriorityResult;
import org.springframework.stereotype.Component;

/** Stores the priority business rule task's result on the denial; Tasklist sorts by it. */
@Component
public class RecordPriorityDelegate implements JavaDelegate {

    private final DenialTriage triage;
    private final AuditTrail audit;

    public RecordPriorityDelegate(DenialTriage triage, AuditTrail audit) {
        this.triage = triage;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        Map<String, Object> row = new HashMap<>();
        row.put(DecisionVariables.PRIORITY, execution.getVariable(TASK_PRIORITY));
        row.put(DecisionVariables.TIER, execution.getVariable(PRIORITY_TIER));
        PriorityResult result = triage.recordPriority(denialId, row);
        execution.setVariable(TASK_PRIORITY, result.priority());
        audit.record(Subject.DENIAL, denialId, new Action("PRIORITIZED", AuditTrail.SYSTEM, null, result.tier(), null,
                "Priority " + result.priority() + " (" + result.tier() + "), " + execution.getVariable(
                        DecisionVariables.DAYS_LEFT) + " days left, route " + execution.getVariable(ROUTE), null));
    }
}
