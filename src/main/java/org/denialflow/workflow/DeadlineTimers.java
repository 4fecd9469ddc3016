package org.denialflow.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.denialflow.denial.AcknowledgmentLedger;
import org.denialflow.denial.DenialRepository;
import org.springframework.stereotype.Component;

/**
 * The dates of the deadline timers, read from the ledger (the denial's or rejection's current deadline),
 * so a supervisor who extends a deadline moves the timers with it. The models call it by name:
 * {@code ${deadlineTimers.reminder(denialId, 1)}}, {@code ${deadlineTimers.missedAt(denialId)}}.
 */
@Component("deadlineTimers")
public class DeadlineTimers {

    /** Where there is no deadline, the timers wait this long (and the missed timer ends the wait first). */
    static final int NO_DEADLINE_DAYS = 3650;

    private final DenialRepository denials;
    private final AcknowledgmentLedger acknowledgments;
    private final LifecycleSettings settings;
    private final Clock clock;

    public DeadlineTimers(DenialRepository denials, AcknowledgmentLedger acknowledgments, LifecycleSettings settings,
                          Clock clock) {
        this.denials = denials;
        this.acknowledgments = acknowledgments;
        this.settings = settings;
        this.clock = clock;
    }

    /** The n-th reminder (1 = the earliest, e.g. 14 days before); after the deadline where fewer are configured. */
    public Date reminder(Object denialId, int n) {
        LocalDate deadline = deadlineOf(denialId);
        List<Integer> days = settings.reminderDays();
        if (n < 1 || n > days.size()) {
            return Vars.startOfDay(deadline.plusDays(2), clock.getZone());
        }
        return Vars.startOfDay(deadline.minusDays(days.get(n - 1)), clock.getZone());
    }

    /** The start of the day after the deadline: the deadline day itself still counts. */
    public Date missedAt(Object denialId) {
        return Vars.startOfDay(deadlineOf(denialId).plusDays(1), clock.getZone());
    }

    public Date rejectionMissedAt(Object rejectionId) {
        LocalDate deadline = acknowledgments.findRejection(toLong(rejectionId)).map(r -> r.deadline())
                .orElse(null);
        return Vars.startOfDay((deadline == null ? today().plusDays(NO_DEADLINE_DAYS) : deadline).plusDays(1),
                clock.getZone());
    }

    LocalDate deadlineOf(Object denialId) {
        LocalDate deadline = denials.get(toLong(denialId)).deadline();
        return deadline == null ? today().plusDays(NO_DEADLINE_DAYS) : deadline;
    }

    /** Whether the n-th reminder is the latest one due (an earlier one is not sent once a later one is due). */
    boolean isCurrent(Object denialId, int n) {
        if (n < 1 || n > settings.reminderDays().size()) {
            return false;
        }
        if (n == settings.reminderDays().size()) {
            return true;
        }
        return reminder(denialId, n + 1).after(Date.from(clock.instant()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static long toLong(Object id) {
        return id instanceof Number n ? n.longValue() : Long.parseLong(id.toString());
    }
}
