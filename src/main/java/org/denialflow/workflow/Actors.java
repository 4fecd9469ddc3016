package org.denialflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.denialflow.denial.AuditTrail;

/** Who is acting: the logged-in user completing a task, or DenialFlow itself (timers, messages). */
final class Actors {

    private Actors() {
    }

    static String current(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? AuditTrail.SYSTEM
                : authentication.getUserId();
    }
}
