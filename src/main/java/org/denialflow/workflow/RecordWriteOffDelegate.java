package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialOutcome;
import org.denialflow.denial.DenialRepository;
import org.denialflow.denial.DenialStage;
import org.denialflow.denial.DenialWork;
import org.springframework.stereotype.Component;

/** Records the write-off reason; above the configured amount the write-off waits for a supervisor. */
@Component
public class RecordWriteOffDelegate implements JavaDelegate {

    private final DenialRepository denials;
    private final DenialWork work;
    private final LifecycleSettings settings;
    private final AuditTrail audit;

    public RecordWriteOffDelegate(DenialRepository denials, DenialWork work, LifecycleSettings settings,
                                  AuditTrail audit) {
        this.denials = denials;
        this.work = work;
        this.settings = settings;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        Denial denial = denials.get(denialId);
        String reason = Vars.text(execution, WRITE_OFF_REASON);
        work.recordWriteOff(denialId, reason, Vars.text(execution, NOTE));
        boolean approval = settings.needsApproval(denial.amountAtRisk().subtract(denial.recoveredAmount()));
        execution.setVariable(WRITE_OFF_APPROVAL_NEEDED, approval);
        execution.setVariable(OUTCOME, DenialOutcome.WRITTEN_OFF.name());
        if (approval) {
            work.moveTo(denialId, DenialStage.WRITE_OFF_APPROVAL);
        }
        audit.record(Subject.DENIAL, denialId, new Action("WRITE_OFF_REQUESTED", Actors.current(execution), null,
                reason, Vars.text(execution, NOTE), approval ? "Above " + settings.writeOffApprovalThreshold()
                        + ": a supervisor approves" : "Within the team's authority", null));
    }
}
