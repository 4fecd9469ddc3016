package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialOutcome;
import org.denialflow.denial.DenialRepository;
import org.denialflow.denial.DenialWork;
import org.denialflow.triage.AppealWindow;
import org.denialflow.triage.AppealWindowInput;
import org.denialflow.triage.DenialTriage;
import org.denialflow.triage.TriageDecisions;
import org.denialflow.triage.TriageFacts;
import org.springframework.stereotype.Component;

/**
 * An appeal was upheld. It goes on to the next level when the appeal-window table allows escalation from
 * this level, has a next level, the amount in controversy reaches that level's minimum, and the next
 * level's window (counted from this level's decision) is still open. Otherwise the denial closes as
 * upheld on appeal.
 */
@Component
public class DecideAppealEscalationDelegate implements JavaDelegate {

    private final DenialTriage triage;
    private final TriageDecisions decisions;
    private final DenialRepository denials;
    private final DenialWork work;
    private final AuditTrail audit;
    private final Clock clock;

    public DecideAppealEscalationDelegate(DenialTriage triage, TriageDecisions decisions, DenialRepository denials,
                                          DenialWork work, AuditTrail audit, Clock clock) {
        this.triage = triage;
        this.decisions = decisions;
        this.denials = denials;
        this.work = work;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        int level = Vars.integer(execution, APPEAL_LEVEL);
        TriageFacts facts = triage.facts(denialId);
        LocalDate today = LocalDate.now(clock);
        Optional<AppealWindow> current = window(facts, level, today);
        Optional<AppealWindow> next = window(facts, level + 1, today);
        LocalDate decidedOn = work.findAppeal(denialId, level).map(a -> a.decidedOn()).orElse(today);
        Denial denial = denials.get(denialId);
        BigDecimal inControversy = denial.amountAtRisk().subtract(denial.recoveredAmount());
        String why;
        boolean escalate = false;
        if (current.isEmpty() || !current.get().escalationAllowed() || next.isEmpty()) {
            why = "the appeal-window table has no further level after level " + level;
        } else if (next.get().minimumAmountInControversy() != null
                && inControversy.compareTo(BigDecimal.valueOf(next.get().minimumAmountInControversy())) < 0) {
            why = "the amount in controversy " + inControversy + " is below the minimum of "
                    + next.get().minimumAmountInControversy() + " for " + next.get().levelName();
        } else if (next.get().deadline(decidedOn) != null && next.get().deadline(decidedOn).isBefore(today)) {
            why = "the window for " + next.get().levelName() + " closed on " + next.get().deadline(decidedOn);
        } else {
            escalate = true;
            why = "escalated to level " + (level + 1) + " (" + next.get().levelName() + ")";
        }
        execution.setVariable(ESCALATE, escalate);
        execution.setVariable(ESCALATION_RATIONALE, why);
        if (escalate) {
            execution.setVariable(APPEAL_LEVEL, level + 1);
        } else {
            execution.setVariable(OUTCOME, DenialOutcome.UPHELD_ON_APPEAL.name());
        }
        audit.record(Subject.DENIAL, denialId, new Action(escalate ? "APPEAL_ESCALATED" : "APPEAL_NOT_ESCALATED",
                AuditTrail.SYSTEM, null, escalate ? "LEVEL_" + (level + 1) : "CLOSE", null,
                "Level " + level + " upheld: " + why, null));
    }

    private Optional<AppealWindow> window(TriageFacts facts, int level, LocalDate today) {
        return decisions.appealWindow(new AppealWindowInput(facts.payerProgram(), facts.payerId(), level,
                facts.claimType(), facts.payerState(), today, facts.payerAppealDays()));
    }
}
