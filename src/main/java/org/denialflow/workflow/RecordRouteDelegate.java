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

/** A supervisor picked the route (and, for a correction, the team) by hand. */
@Component
public class RecordRouteDelegate implements JavaDelegate {

    private final DenialRepository denials;
    private final AuditTrail audit;

    public RecordRouteDelegate(DenialRepository denials, AuditTrail audit) {
        this.denials = denials;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        Route route = Route.parse(Vars.text(execution, ROUTE));
        if (route == Route.NOT_A_DENIAL) {
            route = Route.TRIAGE;
        }
        String team = Vars.text(execution, TEAM);
        String group = route.candidateGroup(team);
        execution.setVariable(ROUTE, route.name());
        execution.setVariable(CANDIDATE_GROUP, group);
        execution.setVariable(ROUTE_RATIONALE, "Routed by hand by " + Actors.current(execution) + ": "
                + route.meaning());
        denials.assignTeam(denialId, Team.fromDecision(group).name());
        audit.record(Subject.DENIAL, denialId, new Action("ROUTED_BY_HAND", Actors.current(execution), null,
                route.name(), Vars.text(execution, NOTE), "Route " + route.name() + " for " + group, null));
    }
}
