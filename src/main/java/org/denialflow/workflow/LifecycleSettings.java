package org.denialflow.workflow;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the denial lifecycle ({@code denialflow.lifecycle.*}).
 *
 * @param writeOffApprovalThreshold a write-off of more than this many dollars needs a supervisor's approval
 * @param reminderDays              days before a deadline at which the team is reminded (at most three are
 *                                  modelled; more are ignored), largest first
 */
@ConfigurationProperties("denialflow.lifecycle")
public record LifecycleSettings(@DefaultValue("1000") BigDecimal writeOffApprovalThreshold,
                                @DefaultValue({"14", "7", "2"}) List<Integer> reminderDays) {

    public LifecycleSettings {
        reminderDays = reminderDays == null ? List.of()
                : reminderDays.stream().filter(d -> d != null && d > 0).sorted((a, b) -> b - a).toList();
    }

    public boolean needsApproval(BigDecimal amount) {
        return amount != null && amount.compareTo(writeOffApprovalThreshold) > 0;
    }
}
