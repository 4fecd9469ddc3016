package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.denialflow.denial.DenialStage;
import org.denialflow.denial.DenialWork;
import org.denialflow.triage.AppealWindow;
import org.denialflow.triage.DecisionVariables;
import org.springframework.stereotype.Component;

/**
 * Opens one appeal level from the appeal-window business rule task's row: the level's name, its filing
 * deadline (from the remittance for level 1, from the prior level's decision after that), the follow-up
 * interval with the payer and the expected decision time.
 */
@Component
public class OpenAppealLevelDelegate implements JavaDelegate {

    static final int DEFAULT_DAYS = 60;
    static final int DEFAULT_FOLLOW_UP_DAYS = 30;

    private final DenialRepository denials;
    private final DenialWork work;
    private final AuditTrail audit;
    private final Clock clock;

    public OpenAppealLevelDelegate(DenialRepository denials, DenialWork work, AuditTrail audit, Clock clock) {
        this.denials = denials;
        this.work = work;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        int level = Vars.integer(execution, APPEAL_LEVEL);
        Denial denial = denials.get(denialId);
        LocalDate today = LocalDate.now(clock);
        String levelName = Vars.text(execution, DecisionVariables.LEVEL_NAME);
        if (levelName == null) {
            levelName = "Level " + level + " appeal";
        }
        Integer days = Vars.integer(execution, DecisionVariables.DAYS_ALLOWED);
        AppealWindow window = new AppealWindow(levelName, days == null ? DEFAULT_DAYS : days,
                Vars.text(execution, DecisionVariables.ANCHOR), null, null, null, null, false, false, null);
        LocalDate anchor = level == 1 ? denial.deniedOn()
                : work.findAppeal(denialId, level - 1).map(a -> a.decidedOn()).filter(d -> d != null).orElse(today);
        LocalDate deadline = window.deadline(anchor);
        if (deadline.isBefore(today) && denial.deadline() != null && denial.deadline().isAfter(deadline)) {
            deadline = denial.deadline();
        }
        denials.recordDeadline(denialId, deadline, "APPEAL_LEVEL_" + level);
        work.openAppeal(denialId, level, levelName, deadline);
        work.moveTo(denialId, DenialStage.APPEAL);
        Integer followUp = Vars.integer(execution, DecisionVariables.FOLLOW_UP_INTERVAL_DAYS);
        execution.setVariable(LEVEL_NAME, levelName);
        execution.setVariable(APPEAL_DEADLINE, Vars.startOfDay(deadline, clock.getZone()));
        execution.setVariable(DEADLINE, Vars.startOfDay(deadline, clock.getZone()));
        execution.setVariable(FOLLOW_UP_CYCLE, "R/P" + (followUp == null || followUp < 1 ? DEFAULT_FOLLOW_UP_DAYS
                : followUp) + "D");
        audit.record(Subject.DENIAL, denialId, new Action("APPEAL_OPENED", AuditTrail.SYSTEM, null,
                "LEVEL_" + level, null, levelName + ", file by " + deadline, null));
    }
}
