package org.denialflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks one preventive action ({@code actionId}) done with what was done ({@code outcomeNote}). */
@Component
public class MarkPreventiveActionDoneDelegate implements JavaDelegate {

    private final ReviewService reviews;

    public MarkPreventiveActionDoneDelegate(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object actionId = execution.getVariable("actionId");
        Object note = execution.getVariable("outcomeNote");
        Object doneBy = execution.getVariable("doneBy");
        reviews.markDone(((Number) actionId).longValue(), doneBy == null ? "team" : doneBy.toString(),
                note == null ? null : note.toString());
    }
}
