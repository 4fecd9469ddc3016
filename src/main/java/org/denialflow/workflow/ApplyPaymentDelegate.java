package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialOutcome;
import org.denialflow.denial.DenialRepository;
import org.denialflow.denial.DenialStage;
import org.denialflow.denial.DenialWork;
import org.denialflow.denial.DenialWork.Appeal;
import org.denialflow.denial.DenialWork.AppealDecision;
import org.springframework.stereotype.Component;

/**
 * A later remittance paid money on the denied claim. Paid in full, it resolves the denial wherever it
 * stands; paid in part, it resolves a denial that was waiting for the payer's answer (a corrected claim
 * or a filed appeal) and is only noted otherwise. A payment answering a filed appeal is its decision.
 */
@Component
public class ApplyPaymentDelegate implements JavaDelegate {

    private final DenialRepository denials;
    private final DenialWork work;
    private final Clock clock;

    public ApplyPaymentDelegate(DenialRepository denials, DenialWork work, Clock clock) {
        this.denials = denials;
        this.work = work;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        boolean fully = Vars.flag(execution, FULLY_RECOVERED);
        Optional<Appeal> appeal = work.submittedAppeal(denialId);
        boolean awaiting = appeal.isPresent() || DenialStage.AWAITING_PAYER.name().equals(work.stageOf(denialId));
        boolean resolves = fully || awaiting;
        execution.setVariable(PAYMENT_RESOLVES, resolves);
        if (!resolves) {
            return;
        }
        DenialOutcome outcome;
        if (appeal.isPresent()) {
            outcome = fully ? DenialOutcome.OVERTURNED_ON_APPEAL : DenialOutcome.PARTLY_OVERTURNED_ON_APPEAL;
            Denial denial = denials.get(denialId);
            work.decideAppeal(denialId, appeal.get().level(), LocalDate.now(clock),
                    fully ? AppealDecision.OVERTURNED : AppealDecision.PARTIALLY_OVERTURNED, denial.recoveredAmount(),
                    "Paid on a later remittance");
        } else {
            outcome = fully ? DenialOutcome.RECOVERED_IN_FULL : DenialOutcome.RECOVERED_IN_PART;
        }
        execution.setVariable(OUTCOME, outcome.name());
    }
}
