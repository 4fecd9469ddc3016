package org.denialflow.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.denialflow.platform.identity.Team;
import org.denialflow.reporting.RootCause;
import org.springframework.stereotype.Component;

/**
 * Stores what the meeting agreed (attendees, notes and up to three actions from the form's
 * {@code action1...action3} fields) and hands the new actions' ids to the model as {@code actionIds}.
 */
@Component
public class RecordPreventiveActionsDelegate implements JavaDelegate {

    static final int ACTION_SLOTS = 3;

    private final ReviewService reviews;

    public RecordPreventiveActionsDelegate(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> attendees = new ArrayList<>();
        if (Boolean.TRUE.equals(execution.getVariable("attendBilling"))) {
            attendees.add("billing");
        }
        if (Boolean.TRUE.equals(execution.getVariable("attendCoding"))) {
            attendees.add("coding");
        }
        if (Boolean.TRUE.equals(execution.getVariable("attendFrontOffice"))) {
            attendees.add("front-office");
        }
        List<ReviewService.NewAction> actions = new ArrayList<>();
        for (int i = 1; i <= ACTION_SLOTS; i++) {
            String description = text(execution.getVariable("action" + i + "Description"));
            if (description == null) {
                continue;
            }
            String type = text(execution.getVariable("action" + i + "Type"));
            String cause = text(execution.getVariable("action" + i + "RootCause"));
            String team = text(execution.getVariable("action" + i + "Team"));
            String due = text(execution.getVariable("action" + i + "Due"));
            try {
                actions.add(new ReviewService.NewAction(ActionType.valueOf(type == null ? "STAFF_TRAINING" : type),
                        cause == null ? RootCause.OTHER : RootCause.parse(cause),
                        Team.fromDecision(team), description, due == null ? null : LocalDate.parse(due.substring(0, 10))));
            } catch (RuntimeException e) {
                throw new BpmnError("invalid-action", "Action " + i + " is not complete: " + e.getMessage());
            }
        }
        long reviewId = ((Number) execution.getVariable("reviewId")).longValue();
        List<Long> ids = reviews.recordMeeting(reviewId, attendees, text(execution.getVariable("meetingNotes")),
                text(execution.getVariable("heldBy")), actions);
        execution.setVariable("actionIds", ids);
        execution.setVariable("actionCount", ids.size());
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
