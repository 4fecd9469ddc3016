package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.denial.DenialWork;
import org.springframework.stereotype.Component;

/** Counts a follow-up with the payer on the filed appeal (the note itself is on the audit trail). */
@Component
public class RecordAppealFollowUpDelegate implements JavaDelegate {

    private final DenialWork work;
    private final Clock clock;

    public RecordAppealFollowUpDelegate(DenialWork work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        work.recordFollowUp(Vars.id(execution, DENIAL_ID), Vars.integer(execution, APPEAL_LEVEL), LocalDate.now(clock));
    }
}
