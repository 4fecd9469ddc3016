package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.denialflow.denial.DenialOutcome;
import org.denialflow.denial.DenialWork;
import org.springframework.stereotype.Component;

/**
 * A supervisor decided about a missed deadline: go on with good cause until a new date (the deadline
 * timers move with it), or write the denial off as DEADLINE_MISSED.
 */
@Component
public class RecordLateDecisionDelegate implements JavaDelegate {

    static final int DEFAULT_EXTENSION_DAYS = 14;

    private final DenialWork work;
    private final AuditTrail audit;
    private final Clock clock;

    public RecordLateDecisionDelegate(DenialWork work, AuditTrail audit, Clock clock) {
        this.work = work;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        String decision = Vars.text(execution, LATE_DECISION);
        String note = Vars.text(execution, NOTE);
        if ("RESUME".equals(decision)) {
            LocalDate newDeadline = Vars.date(execution, NEW_DEADLINE,
                    LocalDate.now(clock).plusDays(DEFAULT_EXTENSION_DAYS), clock.getZone());
            work.extendDeadline(denialId, newDeadline, note);
            execution.setVariable(DEADLINE, Vars.startOfDay(newDeadline, clock.getZone()));
            audit.record(Subject.DENIAL, denialId, new Action("DEADLINE_EXTENDED", Actors.current(execution), null,
                    decision, note, "Work goes on with good cause until " + newDeadline, null));
        } else {
            execution.setVariable(LATE_DECISION, "WRITE_OFF");
            execution.setVariable(OUTCOME, DenialOutcome.DEADLINE_MISSED.name());
            work.recordWriteOff(denialId, DenialOutcome.DEADLINE_MISSED.name(), note);
        }
    }
}
