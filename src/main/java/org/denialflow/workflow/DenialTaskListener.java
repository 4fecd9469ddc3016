package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.denialflow.denial.DenialStage;
import org.denialflow.denial.DenialWork;

/**
 * Gives every user task of the lifecycle, appeal and rejection processes what Tasklist needs, and writes
 * every completion to the audit trail:
 * <ul>
 *   <li>on create: a readable name ("Correct and resubmit claim 4276 (Acme) · CO-16 · $915.39 · due 12 Mar"),
 *       the priority from the priority decision, the due date from the deadline, the follow-up date from the
 *       first reminder, the denial's stage, and the form's summary (claim, codes, decision, history);</li>
 *   <li>on complete: who, when, the task, what was decided, the note and documents referenced.</li>
 * </ul>
 */
class DenialTaskListener implements TaskListener {

    /** Form field holding each task's decision, by task definition key. */
    static final Map<String, String> DECISION_FIELDS = Map.ofEntries(
            Map.entry("correct-claim", RESOLUTION),
            Map.entry("review-coding", CODING_DECISION),
            Map.entry("review-documentation", DOCUMENTATION_DECISION),
            Map.entry("route-by-hand", ROUTE),
            Map.entry("write-off-denial", WRITE_OFF_REASON),
            Map.entry("approve-write-off", "approvalDecision"),
            Map.entry("decide-missed-deadline", LATE_DECISION),
            Map.entry("submit-appeal", CHANNEL),
            Map.entry("record-appeal-decision", APPEAL_DECISION),
            Map.entry("decide-rejection-past-limit", REJECTION_DECISION));

    /** Fields whose values go into the audit entry's details; each belongs to the task it was entered on. */
    static final List<String> DETAIL_FIELDS = List.of(CORRECTED_CLAIM_NUMBER, FREQUENCY_CODE, SUBMITTED_ON, CHANNEL,
            REFERENCE, DECIDED_ON, RECOVERED_AMOUNT, NEW_DEADLINE, "contactName", "payerStatus", "documents");

    static final Map<String, DenialStage> STAGES = Map.of(
            "correct-claim", DenialStage.CORRECTION,
            "review-coding", DenialStage.CODING_REVIEW,
            "review-documentation", DenialStage.DOCUMENTATION_REVIEW,
            "request-reopening", DenialStage.REOPENING,
            "route-by-hand", DenialStage.TRIAGE,
            "approve-write-off", DenialStage.WRITE_OFF_APPROVAL,
            "prepare-appeal-packet", DenialStage.APPEAL,
            "submit-appeal", DenialStage.APPEAL);

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM", Locale.US);

    private final LifecycleBeans beans;

    DenialTaskListener(LifecycleBeans beans) {
        this.beans = beans;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            created(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completed(task);
        }
    }

    private void created(DelegateTask task) {
        Clock clock = beans.clock();
        // a note, a decision and the fields entered belong to the task they were given on: the steps after
        // that task have used them, and the next task's audit entry must not repeat them
        for (String name : new String[] {NOTE, RESOLUTION, CODING_DECISION, DOCUMENTATION_DECISION}) {
            task.getExecution().removeVariable(name);
        }
        DETAIL_FIELDS.forEach(name -> task.getExecution().removeVariable(name));
        Object priority = task.getVariable(TASK_PRIORITY);
        if (priority instanceof Number n) {
            task.setPriority(Math.max(0, Math.min(100, n.intValue())));
        }
        Date due = dueDate(task);
        if (due != null) {
            task.setDueDate(due);
            int firstReminder = beans.settings().reminderDays().isEmpty() ? 0 : beans.settings().reminderDays().get(0);
            Date followUp = Date.from(due.toInstant().minusSeconds(firstReminder * 86_400L));
            if (followUp.after(Date.from(clock.instant()))) {
                task.setFollowUpDate(followUp);
            }
        }
        task.setName(title(task, due));
        Object denialId = task.getVariable(DENIAL_ID);
        if (denialId != null) {
            long id = ((Number) denialId).longValue();
            DenialStage stage = STAGES.get(task.getTaskDefinitionKey());
            if (stage != null) {
                beans.work().moveTo(id, stage);
            }
            task.setVariableLocal(DENIAL_SUMMARY, beans.details().summary(id, (String) task.getVariable(ROUTE_RATIONALE)));
        } else if (task.getVariable(REJECTION_ID) != null) {
            task.setVariableLocal(DENIAL_SUMMARY, beans.details().rejectionSummary(
                    ((Number) task.getVariable(REJECTION_ID)).longValue(), (String) task.getVariable(ROUTE_RATIONALE)));
        }
    }

    private Date dueDate(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        if ("record-appeal-decision".equals(key) && task.getVariable(EXPECTED_DECISION) instanceof Date expected) {
            return expected;
        }
        if ("follow-up-appeal".equals(key)) {
            return Date.from(beans.clock().instant().plusSeconds(7 * 86_400L));
        }
        return task.getVariable(DEADLINE) instanceof Date deadline ? deadline : null;
    }

    private String title(DelegateTask task, Date due) {
        String what = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
        Object levelName = task.getVariable(LEVEL_NAME);
        if (levelName != null && what.contains("appeal")) {
            // "Submit appeal (Redetermination) for claim 123", not "Submit appeal for claim (Redetermination) 123"
            String level = " (" + levelName + ")";
            what = what.endsWith(" for claim") ? what.substring(0, what.length() - " for claim".length()) + level
                    + " for claim" : what + level;
        }
        String claim = (String) (task.getVariable(CLAIM_NUMBER) != null ? task.getVariable(CLAIM_NUMBER)
                : task.getVariable(PATIENT_CONTROL_NUMBER));
        StringBuilder name = new StringBuilder(what);
        if (claim != null) {
            name.append(' ').append(claim);
        }
        if (task.getVariable(PAYER_NAME) != null) {
            name.append(" (").append(task.getVariable(PAYER_NAME)).append(')');
        }
        if (task.getVariable(DENIAL_REASON) != null) {
            name.append(" · ").append(task.getVariable(DENIAL_REASON));
        }
        if (task.getVariable(AMOUNT_AT_RISK) instanceof Number amount) {
            name.append(" · $").append(String.format(Locale.US, "%,.2f", amount.doubleValue()));
        }
        if (due != null) {
            name.append(" · due ").append(DUE.format(due.toInstant().atZone(beans.clock().getZone()).toLocalDate()));
        }
        String text = name.toString();
        return text.length() > 250 ? text.substring(0, 250) : text;
    }

    private void completed(DelegateTask task) {
        Subject subject;
        long id;
        if (task.getVariable(DENIAL_ID) != null) {
            subject = Subject.DENIAL;
            id = ((Number) task.getVariable(DENIAL_ID)).longValue();
        } else if (task.getVariable(REJECTION_ID) != null) {
            subject = Subject.REJECTION;
            id = ((Number) task.getVariable(REJECTION_ID)).longValue();
        } else {
            return;
        }
        String field = DECISION_FIELDS.get(task.getTaskDefinitionKey());
        Object decision = field == null ? null : task.getVariable(field);
        Map<String, Object> details = new LinkedHashMap<>();
        for (String name : DETAIL_FIELDS) {
            Object value = task.getVariable(name);
            if (value != null && !value.toString().isBlank()) {
                details.put(name, value);
            }
        }
        Object note = task.getVariable(NOTE);
        String documents = "prepare-appeal-packet".equals(task.getTaskDefinitionKey())
                ? "/api/denials/" + id + "/appeal-packet.pdf" : (String) task.getVariable("documents");
        beans.audit().record(subject, id, new Action("TASK_COMPLETED", actor(task), task.getName(),
                decision == null ? null : decision.toString(), note == null ? null : note.toString(),
                details.isEmpty() ? null : details.toString(), documents));
    }

    private static String actor(DelegateTask task) {
        CommandContext context = Context.getCommandContext();
        String user = context == null ? null : context.getAuthenticatedUserId();
        if (user == null) {
            user = task.getAssignee();
        }
        return user == null ? AuditTrail.SYSTEM : user;
    }
}
