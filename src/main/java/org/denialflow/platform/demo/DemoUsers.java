package org.denialflow.platform.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.denialflow.platform.identity.Team;
import org.denialflow.platform.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One demo user per team, with a human name, created once and left alone afterwards. */
@Component
@Order(30)
@ConditionalOnProperty(name = "denialflow.demo.enabled", havingValue = "true")
public class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;
    private final DemoProperties demo;
    private final UserAccounts accounts;

    public DemoUsers(IdentityService identityService, DemoProperties demo, UserAccounts accounts) {
        this.identityService = identityService;
        this.demo = demo;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Team team : Team.values()) {
            String userId = team.demoUserId();
            if (identityService.createUserQuery().userId(userId).count() == 0) {
                String[] names = team.demoUserName().split(" ", 2);
                User user = identityService.newUser(userId);
                user.setFirstName(names[0]);
                user.setLastName(names[1]);
                user.setEmail(userId + "@demo.denialflow.local");
                user.setPassword(demo.password());
                accounts.save(user, true);
                log.info("Created demo user {} ({})", userId, team.groupId());
            }
            if (identityService.createUserQuery().userId(userId).memberOfGroup(team.groupId()).count() == 0) {
                identityService.createMembership(userId, team.groupId());
            }
        }
    }
}
