package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.denialflow.denial.DenialStage;
import org.denialflow.denial.DenialWork;
import org.denialflow.denial.DenialWork.AppealDecision;
import org.springframework.stereotype.Component;

/** The payer decided the appeal level: overturned, partially overturned or upheld, with the amount recovered. */
@Component
public class RecordAppealDecisionDelegate implements JavaDelegate {

    private final DenialWork work;
    private final AuditTrail audit;
    private final Clock clock;

    public RecordAppealDecisionDelegate(DenialWork work, AuditTrail audit, Clock clock) {
        this.work = work;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        int level = Vars.integer(execution, APPEAL_LEVEL);
        AppealDecision decision = AppealDecision.valueOf(Vars.text(execution, APPEAL_DECISION));
        LocalDate decidedOn = Vars.date(execution, DECIDED_ON, LocalDate.now(clock), clock.getZone());
        var recovered = Vars.money(execution, RECOVERED_AMOUNT);
        work.decideAppeal(denialId, level, decidedOn, decision, recovered, Vars.text(execution, NOTE));
        work.moveTo(denialId, DenialStage.APPEAL);
        audit.record(Subject.DENIAL, denialId, new Action("APPEAL_DECIDED", Actors.current(execution), null,
                decision.name(), Vars.text(execution, NOTE), "Level " + level + " decided " + decidedOn
                        + (recovered == null ? "" : ", recovered " + recovered), null));
    }
}
