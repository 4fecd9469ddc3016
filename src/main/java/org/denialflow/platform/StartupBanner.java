package org.denialflow.platform;

import org.denialflow.platform.demo.DemoProperties;
import org.denialflow.platform.identity.Team;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started DenialFlow where to go next. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;
    private final DemoProperties demo;

    StartupBanner(Environment environment, DemoProperties demo) {
        this.environment = environment;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        StringBuilder text = new StringBuilder()
                .append("\n\n  DenialFlow is ready: ").append(base).append('/')
                .append("\n    Tasklist   ").append(base).append("/camunda/app/tasklist/")
                .append("\n    Cockpit    ").append(base).append("/camunda/app/cockpit/")
                .append("\n    Admin      ").append(base).append("/camunda/app/admin/")
                .append("\n    REST API   ").append(base).append("/engine-rest and ").append(base).append("/api");
        if (demo.enabled()) {
            text.append("\n\n  Demo mode. Log in as one of these users (password: the demo password, 'demo' unless changed):");
            for (Team team : Team.values()) {
                text.append(String.format("%n    %-14s %s (%s)", team.demoUserId(), team.demoUserName(), team.groupId()));
            }
            text.append(String.format("%n    %-14s administrator", environment.getProperty("denialflow.admin.username", "admin")));
        }
        log.info(text.append('\n').toString());
    }
}
