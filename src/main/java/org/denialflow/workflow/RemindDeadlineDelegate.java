package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.denialflow.denial.DenialWork;
import org.springframework.stereotype.Component;

/**
 * A deadline reminder fell due: raise the priority of the denial's open tasks (so it climbs the team's
 * queue) and write an entry the team sees on the form and in the audit trail. A reminder that is
 * superseded by a later one that is also due (a deadline nearer than the first reminder) is skipped.
 */
@Component
public class RemindDeadlineDelegate implements JavaDelegate {

    static final int PRIORITY_RAISE = 20;

    private final DenialWork work;
    private final DeadlineTimers timers;
    private final LifecycleSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    public RemindDeadlineDelegate(DenialWork work, DeadlineTimers timers, LifecycleSettings settings, AuditTrail audit,
                                  Clock clock) {
        this.work = work;
        this.timers = timers;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long denialId = Vars.id(execution, DENIAL_ID);
        Date now = Date.from(clock.instant());
        Date due = null;
        for (int n = 1; n <= settings.reminderDays().size(); n++) {
            Date reminder = timers.reminder(denialId, n);
            if (!reminder.after(now)) {
                due = reminder;
            }
        }
        Date remindedAt = work.remindedAt(denialId);
        if (due == null || remindedAt != null && !remindedAt.before(due)) {
            return;
        }
        LocalDate deadline = timers.deadlineOf(denialId);
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(clock), deadline);
        for (Task task : execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceBusinessKey(execution.getProcessBusinessKey()).list()) {
            int raised = Math.min(100, task.getPriority() + PRIORITY_RAISE);
            execution.getProcessEngineServices().getTaskService().setPriority(task.getId(), raised);
        }
        work.recordReminder(denialId);
        String text = "Deadline " + deadline + " in " + daysLeft + " day(s): act now or ask a supervisor.";
        execution.setVariable("lastReminder", text);
        audit.record(Subject.DENIAL, denialId, new Action("DEADLINE_REMINDER", AuditTrail.SYSTEM, null, null, null,
                text, null));
    }
}
