package org.denialflow.denial;

import java.time.Clock;

import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.springframework.stereotype.Service;

/** Ends a denial or rejection with its outcome, in the ledger and on the audit trail. */
@Service
public class WorkItemClosing {

    private final DenialRepository denials;
    private final AcknowledgmentLedger acknowledgments;
    private final AuditTrail audit;
    private final Clock clock;

    public WorkItemClosing(DenialRepository denials, AcknowledgmentLedger acknowledgments, AuditTrail audit,
                           Clock clock) {
        this.denials = denials;
        this.acknowledgments = acknowledgments;
        this.audit = audit;
        this.clock = clock;
    }

    public void closeDenial(long denialId, DenialOutcome outcome, String actor) {
        denials.close(denialId, outcome.name(), clock.instant());
        audit.record(Subject.DENIAL, denialId, new Action("DENIAL_CLOSED", actor, null, outcome.name(), null,
                "Closed as " + outcome.label(), null));
    }

    public void closeRejection(long rejectionId, String outcome, String actor) {
        acknowledgments.close(rejectionId, outcome, clock.instant());
        audit.record(Subject.REJECTION, rejectionId, new Action("REJECTION_CLOSED", actor, null, outcome, null,
                "Closed as " + outcome, null));
    }
}
