package org.denialflow.workflow;

import java.time.Clock;

import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.DenialWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The beans the task listener needs, looked up when a task is created rather than when the engine is
 * built (the engine plugin is created before the ledger's beans exist).
 */
@Component
class LifecycleBeans {

    private final ObjectProvider<DenialDetails> details;
    private final ObjectProvider<DenialWork> work;
    private final ObjectProvider<AuditTrail> audit;
    private final ObjectProvider<LifecycleSettings> settings;
    private final ObjectProvider<Clock> clock;

    LifecycleBeans(ObjectProvider<DenialDetails> details, ObjectProvider<DenialWork> work,
                   ObjectProvider<AuditTrail> audit, ObjectProvider<LifecycleSettings> settings,
                   ObjectProvider<Clock> clock) {
        this.details = details;
        this.work = work;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    DenialDetails details() {
        return details.getObject();
    }

    DenialWork work() {
        return work.getObject();
    }

    AuditTrail audit() {
        return audit.getObject();
    }

    LifecycleSettings settings() {
        return settings.getObject();
    }

    Clock clock() {
        return clock.getObject();
    }
}
