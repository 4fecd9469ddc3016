package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.denialflow.denial.DenialRepository;
import org.denialflow.platform.identity.Team;
import org.springframework.stereotype.Component;

/** A supervisor approved a write-off, or refused it and sent the denial back on a route of their choice. */
@Component
public class RecordWriteOffApprovalDelegate implements JavaDelegate {

    private final DenialRepository denials;
    private final AuditTrail audit;

    public RecordWriteOffApprovalDelegate(DenialRepository denials, AuditTrail audit) {
        this.denials = denials;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        boolean approved = "APPROVE".equals(Vars.text(execution, "approvalDecision"));
        execution.setVariable(WRITE_OFF_APPROVED, approved);
        if (!approved) {
            Route route = Route.parse(Vars.text(execution, ROUTE));
            if (route == Route.WRITE_OFF || route == Route.NOT_A_DENIAL) {
                route = Route.TRIAGE;
            }
            String group = route.candidateGroup(Vars.text(execution, TEAM));
            execution.setVariable(ROUTE, route.name());
            execution.setVariable(CANDIDATE_GROUP, group);
            denials.assignTeam(denialId, Team.fromDecision(group).name());
        }
        audit.record(Subject.DENIAL, denialId, new Action(approved ? "WRITE_OFF_APPROVED" : "WRITE_OFF_REFUSED",
                Actors.current(execution), null, approved ? "APPROVE" : "REJECT", Vars.text(execution, NOTE),
                approved ? null : "Sent back: " + execution.getVariable(ROUTE), null));
    }
}
