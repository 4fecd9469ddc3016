package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.DenialRepository;
import org.denialflow.triage.AppealWindow;
import org.denialflow.triage.AppealWindowInput;
import org.denialflow.triage.Categorization;
import org.denialflow.triage.DecisionVariables;
import org.denialflow.triage.DenialTriage;
import org.denialflow.triage.TriageDecisions;
import org.denialflow.triage.TriageFacts;
import org.springframework.stereotype.Component;

/**
 * Stores what the categorization business rule task decided on the denial, chooses the route and its
 * team, and sets the deadline the route works against: the first appeal level's window where an appeal
 * may follow, else the corrected-claim filing limit. Leaves the priority table's inputs on the process, as
 * transient variables: the priority task right after reads them, and the ledger keeps the deadline they come from.
 */
@Component
public class RecordCategorizationDelegate implements JavaDelegate {

    private final DenialTriage triage;
    private final TriageDecisions decisions;
    private final DenialRepository denials;
    private final Clock clock;

    public RecordCategorizationDelegate(DenialTriage triage, TriageDecisions decisions, DenialRepository denials,
                                        Clock clock) {
        this.triage = triage;
        this.decisions = decisions;
        this.denials = denials;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        Map<String, Object> row = new HashMap<>();
        for (String output : new String[] {DecisionVariables.CATEGORY, DecisionVariables.SUBCATEGORY,
                DecisionVariables.TEAM, DecisionVariables.RECOMMENDED_ACTION, DecisionVariables.APPEALABLE}) {
            row.put(output, execution.getVariable(output));
        }
        Categorization categorization = triage.recordCategorization(denialId, row);
        Route route = Route.of(categorization.category(), categorization.subcategory(), categorization.team(),
                categorization.recommendedAction());
        execution.setVariable(ROUTE, route.name());
        execution.setVariable(CANDIDATE_GROUP, route.candidateGroup(categorization.team()));
        execution.setVariable(ROUTE_RATIONALE, categorization.category() + " / " + categorization.subcategory()
                + ": " + categorization.recommendedAction() + " by " + categorization.team() + ", so "
                + route.meaning() + (categorization.appealable() ? "" : " (no appeal rights)"));
        if (execution.getVariable(APPEAL_LEVEL) == null) {
            execution.setVariable(APPEAL_LEVEL, 1);
        }
        planDeadline(execution, denialId, route, categorization.appealable());
        Map<String, Object> priorityInputs = triage.priorityVariables(denialId);
        TransientValues.set(execution, DecisionVariables.DAYS_LEFT, priorityInputs.get(DecisionVariables.DAYS_LEFT));
        TransientValues.set(execution, DecisionVariables.LIKELIHOOD_OF_SUCCESS,
                priorityInputs.get(DecisionVariables.LIKELIHOOD_OF_SUCCESS));
    }

    private void planDeadline(DelegateExecution execution, long denialId, Route route, boolean appealable) {
        boolean appealMayFollow = appealable && (route == Route.APPEAL || route == Route.DOCUMENTATION_REVIEW
                || route == Route.CODING_REVIEW || route == Route.TRIAGE);
        LocalDate deadline = null;
        if (appealMayFollow) {
            TriageFacts facts = triage.facts(denialId);
            Optional<AppealWindow> window = decisions.appealWindow(new AppealWindowInput(facts.payerProgram(),
                    facts.payerId(), 1, facts.claimType(), facts.payerState(), LocalDate.now(clock),
                    facts.payerAppealDays()));
            deadline = window.map(w -> w.deadline(facts.deniedOn())).orElse(null);
            if (deadline != null) {
                denials.recordDeadline(denialId, deadline, "APPEAL_LEVEL_1");
            }
        }
        if (deadline == null) {
            deadline = triage.correctionDeadline(denialId).date();
        }
        execution.setVariable(DEADLINE, Vars.startOfDay(deadline, clock.getZone()));
    }
}
