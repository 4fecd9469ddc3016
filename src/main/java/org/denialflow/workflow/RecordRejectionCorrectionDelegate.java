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
import org.denialflow.denial.DenialWork;
import org.springframework.stereotype.Component;

/** Records the corrected claim sent for a rejection; the process then waits for the payer's acceptance. */
@Component
public class RecordRejectionCorrectionDelegate implements JavaDelegate {

    private final DenialWork work;
    private final AcknowledgmentLedger acknowledgments;
    private final AuditTrail audit;
    private final Clock clock;

    public RecordRejectionCorrectionDelegate(DenialWork work, AcknowledgmentLedger acknowledgments, AuditTrail audit,
                                             Clock clock) {
        this.work = work;
        this.acknowledgments = acknowledgments;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long rejectionId = Vars.id(execution, REJECTION_ID);
        String actor = Actors.current(execution);
        String number = Vars.text(execution, CORRECTED_CLAIM_NUMBER);
        String frequency = Vars.text(execution, FREQUENCY_CODE);
        LocalDate submittedOn = Vars.date(execution, SUBMITTED_ON, LocalDate.now(clock), clock.getZone());
        work.recordCorrection(null, rejectionId, number, frequency, submittedOn, Vars.text(execution, CHANNEL),
                Vars.text(execution, REFERENCE), Vars.text(execution, NOTE), actor);
        acknowledgments.recordResubmission(rejectionId, number);
        audit.record(Subject.REJECTION, rejectionId, new Action("CLAIM_RESUBMITTED", actor, null,
                frequency == null ? null : "FREQUENCY_" + frequency, Vars.text(execution, NOTE),
                "Claim " + number + " resubmitted " + submittedOn, null));
    }
}
