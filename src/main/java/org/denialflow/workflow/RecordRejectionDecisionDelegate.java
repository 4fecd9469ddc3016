package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.AcknowledgmentLedger;
import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.springframework.stereotype.Component;

/** A supervisor decided about a rejection past its filing limit: resubmit with good cause, or write it off. */
@Component
public class RecordRejectionDecisionDelegate implements JavaDelegate {

    private final AcknowledgmentLedger acknowledgments;
    private final AuditTrail audit;
    private final Clock clock;

    public RecordRejectionDecisionDelegate(AcknowledgmentLedger acknowledgments, AuditTrail audit, Clock clock) {
        this.acknowledgments = acknowledgments;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long rejectionId = Vars.id(execution, REJECTION_ID);
        String decision = "RESUBMIT".equals(Vars.text(execution, REJECTION_DECISION)) ? "RESUBMIT" : "WRITE_OFF";
        execution.setVariable(REJECTION_DECISION, decision);
        if ("RESUBMIT".equals(decision)) {
            LocalDate newDeadline = Vars.date(execution, NEW_DEADLINE, LocalDate.now(clock).plusDays(14),
                    clock.getZone());
            acknowledgments.recordDeadline(rejectionId, newDeadline);
            execution.setVariable(DEADLINE, Vars.startOfDay(newDeadline, clock.getZone()));
        } else {
            execution.setVariable(OUTCOME, "WRITTEN_OFF");
        }
        audit.record(Subject.REJECTION, rejectionId, new Action("FILING_LIMIT_DECIDED", Actors.current(execution),
                null, decision, Vars.text(execution, NOTE), null, null));
    }
}
