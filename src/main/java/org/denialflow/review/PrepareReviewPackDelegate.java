package org.denialflow.review;

import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Prepares the month's review pack: the last complete month, or the month asked for ({@code reviewMonth}, 2026-03). */
@Component
public class PrepareReviewPackDelegate implements JavaDelegate {

    private final ReviewService reviews;

    public PrepareReviewPackDelegate(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object asked = execution.getVariable("reviewMonth");
        YearMonth month = asked == null || asked.toString().isBlank() ? reviews.monthToReview() : YearMonth.parse(asked.toString());
        long reviewId = reviews.prepare(month, execution.getProcessInstanceId());
        ReviewPack pack = reviews.storedPack(reviewId).orElseThrow();
        execution.setVariable("reviewId", reviewId);
        execution.setVariable("reviewMonth", month.toString());
        execution.setVariable("packSummary", reviews.summary(pack));
        execution.setVariable("packLink", "/dashboard/reviews/" + reviewId);
        execution.setVariable("missedDeadlines", pack.missedDeadlineCount());
    }
}
