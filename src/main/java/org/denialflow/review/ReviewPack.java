package org.denialflow.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the monthly denial review looks at: the month's figures next to the month before, the top
 * reasons and root causes with their trend, the denials that missed their deadline, and how the root
 * cause of each earlier preventive action has moved since it was agreed.
 */
public record ReviewPack(String month, LocalDate from, LocalDate to, long denials, BigDecimal deniedAmount,
                         long previousDenials, BigDecimal denialRate, BigDecimal previousDenialRate,
                         BigDecimal appealSuccessRate, BigDecimal recovered, BigDecimal writtenOff,
                         List<Trend> topReasons, List<Trend> rootCauses, long missedDeadlineCount,
                         List<MissedDeadline> missedDeadlines, List<FollowUp> followUps) {

    /** A reason or root cause: this month, the month before, and whether it went up or down. */
    public record Trend(String key, String label, long count, long previousCount, BigDecimal amount) {
        public String direction() {
            return count < previousCount ? "down" : count > previousCount ? "up" : "level";
        }
    }

    public record MissedDeadline(long denialId, String claimNumber, String payer, String reason, String team,
                                 LocalDate deadline, BigDecimal amountAtRisk, String status) {
    }

    /** An earlier action and its root cause's count in the month it was agreed and in this month. */
    public record FollowUp(long actionId, String actionType, String rootCause, String team, String description,
                           String status, LocalDate baselineMonth, long baselineCount, long thisMonthCount) {
        public boolean wentDown() {
            return thisMonthCount < baselineCount;
        }
    }
}
