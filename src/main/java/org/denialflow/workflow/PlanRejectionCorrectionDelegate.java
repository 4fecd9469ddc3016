package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.AcknowledgmentLedger;
import org.denialflow.denial.PayerRegistry;
import org.denialflow.denial.Rejection;
import org.denialflow.platform.identity.Team;
import org.denialflow.triage.FilingWindow;
import org.denialflow.triage.FilingWindowInput;
import org.denialflow.triage.NetworkStatus;
import org.denialflow.triage.PayerProgram;
import org.denialflow.triage.SubmissionKind;
import org.denialflow.triage.TriageDecisions;
import org.springframework.stereotype.Component;

/**
 * Plans the correction of a 277CA rejection: who fixes it (front office when the rejected entity is the
 * patient or subscriber, or the status is about eligibility; billing otherwise) and the timely-filing
 * deadline, which keeps the original claim's clock because a rejected claim was never filed.
 */
@Component
public class PlanRejectionCorrectionDelegate implements JavaDelegate {

    /** STC01-3 entities that are people at the payer's end: patient (QC), subscriber (IL), dependent (03). */
    static final Set<String> PATIENT_ENTITIES = Set.of("QC", "IL", "03");
    /** STC01-2 statuses about the member's identity or coverage (subscriber, patient, eligibility). */
    static final Set<String> ELIGIBILITY_STATUSES = Set.of("33", "35", "97", "164", "165", "166", "167", "168");

    private final AcknowledgmentLedger acknowledgments;
    private final PayerRegistry payers;
    private final TriageDecisions decisions;
    private final Clock clock;

    public PlanRejectionCorrectionDelegate(AcknowledgmentLedger acknowledgments, PayerRegistry payers,
                                           TriageDecisions decisions, Clock clock) {
        this.acknowledgments = acknowledgments;
        this.payers = payers;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long rejectionId = Vars.id(execution, REJECTION_ID);
        Rejection rejection = acknowledgments.findRejection(rejectionId).orElseThrow();
        // Set.of(...).contains(null) throws: a 277CA may give no entity or no status code.
        boolean frontOffice = rejection.entityCode() != null && PATIENT_ENTITIES.contains(rejection.entityCode())
                || rejection.statusCode() != null && ELIGIBILITY_STATUSES.contains(rejection.statusCode());
        String group = (frontOffice ? Team.FRONT_OFFICE : Team.BILLING).groupId();
        PayerProgram program = payers.find(rejection.payerKey()).map(PayerRegistry.Payer::program)
                .filter(p -> p != null && !p.isBlank()).map(PayerProgram::valueOf).orElse(PayerProgram.OTHER);
        FilingWindow window = decisions.filingWindow(new FilingWindowInput(program, null,
                SubmissionKind.REJECTED_RESUBMISSION, NetworkStatus.UNKNOWN,
                payers.find(rejection.payerKey()).map(PayerRegistry.Payer::timelyFilingDays).orElse(null)));
        LocalDate anchor = "REJECTION_DATE".equals(window.anchor()) ? rejection.rejectedOn()
                : acknowledgments.serviceFrom(rejection.acknowledgmentId()).orElse(rejection.rejectedOn());
        LocalDate deadline = window.deadline(anchor);
        if (deadline.isBefore(LocalDate.now(clock))) {
            deadline = LocalDate.now(clock);
        }
        acknowledgments.recordDeadline(rejectionId, deadline);
        execution.setVariable(CANDIDATE_GROUP, group);
        execution.setVariable(DEADLINE, Vars.startOfDay(deadline, clock.getZone()));
        execution.setVariable(ROUTE_RATIONALE, "Status " + rejection.statusText() + ": "
                + (frontOffice ? "patient or eligibility data, so the front office fixes it"
                        : "claim or provider data, so billing fixes it") + ". " + window.note());
    }
}
