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
import org.denialflow.denial.DenialStage;
import org.denialflow.denial.DenialWork;
import org.springframework.stereotype.Component;

/**
 * Turns what the team decided on its route into the next step of the lifecycle ({@code nextStep}):
 * <ul>
 *   <li>a corrected claim sent (correction RESUBMITTED, coding RECODE, a reopening) is recorded with its claim
 *       number, frequency code (7 replacement, 8 void, 1 new claim), date, channel and reference, and the denial
 *       waits for the payer: AWAIT_PAYER;</li>
 *   <li>APPEAL (correction APPEAL, coding CONFIRM, documentation APPEAL, or the APPEAL route itself);</li>
 *   <li>WRITE_OFF (correction WRITE_OFF, coding or documentation ACCEPT, or the WRITE_OFF route);</li>
 *   <li>CLOSE when the patient or another payer was billed (the outcome says which).</li>
 * </ul>
 */
@Component
public class RecordWorkDecisionDelegate implements JavaDelegate {

    public enum NextStep { AWAIT_PAYER, APPEAL, WRITE_OFF, CLOSE }

    private final DenialWork work;
    private final AuditTrail audit;
    private final Clock clock;

    public RecordWorkDecisionDelegate(DenialWork work, AuditTrail audit, Clock clock) {
        this.work = work;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        Route route = Route.parse(Vars.text(execution, ROUTE));
        NextStep next = switch (route) {
            case CORRECTION -> fromCorrection(execution);
            case CODING_REVIEW -> switch (String.valueOf(Vars.text(execution, CODING_DECISION))) {
                case "RECODE" -> NextStep.AWAIT_PAYER;
                case "CONFIRM" -> NextStep.APPEAL;
                default -> NextStep.WRITE_OFF;
            };
            case DOCUMENTATION_REVIEW -> "APPEAL".equals(Vars.text(execution, DOCUMENTATION_DECISION))
                    ? NextStep.APPEAL : NextStep.WRITE_OFF;
            case REOPENING -> NextStep.AWAIT_PAYER;
            case APPEAL -> NextStep.APPEAL;
            default -> NextStep.WRITE_OFF;
        };
        if (next == NextStep.AWAIT_PAYER) {
            recordCorrection(execution, denialId, route == Route.REOPENING);
        }
        if (next == NextStep.APPEAL && execution.getVariable(APPEAL_LEVEL) == null) {
            execution.setVariable(APPEAL_LEVEL, 1);
        }
        execution.setVariable(NEXT_STEP, next.name());
    }

    private NextStep fromCorrection(DelegateExecution execution) {
        String resolution = String.valueOf(Vars.text(execution, RESOLUTION));
        switch (resolution) {
            case "APPEAL":
                return NextStep.APPEAL;
            case "WRITE_OFF":
                return NextStep.WRITE_OFF;
            case "BILLED_TO_PATIENT":
            case "BILLED_TO_OTHER_PAYER":
                execution.setVariable(OUTCOME, DenialOutcome.valueOf(resolution).name());
                return NextStep.CLOSE;
            default:
                return NextStep.AWAIT_PAYER;
        }
    }

    private void recordCorrection(DelegateExecution execution, long denialId, boolean reopening) {
        String actor = Actors.current(execution);
        String number = Vars.text(execution, CORRECTED_CLAIM_NUMBER);
        String frequency = Vars.text(execution, FREQUENCY_CODE);
        LocalDate submittedOn = Vars.date(execution, SUBMITTED_ON, LocalDate.now(clock), clock.getZone());
        String channel = Vars.text(execution, CHANNEL);
        String reference = Vars.text(execution, REFERENCE);
        String note = Vars.text(execution, NOTE);
        work.recordCorrection(denialId, null, number, frequency, submittedOn, channel, reference,
                reopening ? "Reopening requested" + (note == null ? "" : ": " + note) : note, actor);
        work.moveTo(denialId, DenialStage.AWAITING_PAYER);
        audit.record(Subject.DENIAL, denialId, new Action(reopening ? "REOPENING_REQUESTED" : "CORRECTION_SENT", actor,
                null, frequency == null ? null : "FREQUENCY_" + frequency, note,
                "Claim " + number + " sent " + submittedOn + (channel == null ? "" : " via " + channel)
                        + (reference == null ? "" : ", reference " + reference), null));
    }
}
