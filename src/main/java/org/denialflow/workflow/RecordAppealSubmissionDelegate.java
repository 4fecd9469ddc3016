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
import org.denialflow.triage.DecisionVariables;
import org.springframework.stereotype.Component;

/** The appeal was sent: channel, date and the payer's reference; the decision is expected after the table's days. */
@Component
public class RecordAppealSubmissionDelegate implements JavaDelegate {

    static final int DEFAULT_DECISION_DAYS = 60;

    private final DenialWork work;
    private final AuditTrail audit;
    private final Clock clock;

    public RecordAppealSubmissionDelegate(DenialWork work, AuditTrail audit, Clock clock) {
        this.work = work;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        int level = Vars.integer(execution, APPEAL_LEVEL);
        LocalDate submittedOn = Vars.date(execution, SUBMITTED_ON, LocalDate.now(clock), clock.getZone());
        String channel = Vars.text(execution, CHANNEL);
        String reference = Vars.text(execution, REFERENCE);
        work.submitAppeal(denialId, level, submittedOn, channel, reference);
        work.moveTo(denialId, DenialStage.AWAITING_PAYER);
        Integer days = Vars.integer(execution, DecisionVariables.EXPECTED_DECISION_DAYS);
        execution.setVariable(EXPECTED_DECISION, Vars.startOfDay(
                submittedOn.plusDays(days == null ? DEFAULT_DECISION_DAYS : days), clock.getZone()));
        audit.record(Subject.DENIAL, denialId, new Action("APPEAL_SUBMITTED", Actors.current(execution), null,
                "LEVEL_" + level, Vars.text(execution, NOTE), "Sent " + submittedOn + " via " + channel
                        + (reference == null ? "" : ", reference " + reference), null));
    }
}
