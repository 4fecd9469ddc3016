package org.denialflow.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as DenialFlow itself rather than as the logged-in caller. Staff may ask for work
 * that starts or signals processes (an upload, the intake on demand) without holding the engine's
 * right to start processes themselves; the tasks those processes create are still routed to, and
 * authorized for, the teams.
 */
@Component
public class AsApplication {

    private final IdentityService identityService;

    public AsApplication(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Runs {@code work} without the caller's engine authentication, then restores it. */
    public <T> T run(Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null) {
            return work.get();
        }
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            identityService.setAuthentication(caller);
        }
    }
}
