package org.denialflow.platform.identity;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;
import static org.denialflow.platform.identity.Authorizations.ANY;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.denialflow.platform.demo.DemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, idempotently, the teams' groups, the administrator and the permissions each group has.
 * Runs on every start, demo or not: the groups and grants are the security model, not demo data.
 *
 * <ul>
 *   <li>Working teams: Tasklist, read the models (diagrams and forms), and their own filters.
 *       Their tasks come to them as candidate group, which grants them TASK_WORK on that task only;
 *       {@code TeamAccessTaskListener} adds read access to the task's process instance.</li>
 *   <li>Supervisors: Tasklist and Cockpit, read everything (definitions, instances, tasks, history),
 *       and work the triage and approval tasks that are routed to them.</li>
 *   <li>Process owners: deploy changed models and read what runs.</li>
 * </ul>
 */
@Component
@Order(10)
public class IdentitySetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    private final IdentityService identityService;
    private final Authorizations authorizations;
    private final AdminAccountProperties admin;
    private final UserAccounts accounts;
    private final boolean demo;

    public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
                         AdminAccountProperties admin, UserAccounts accounts, DemoProperties demo) {
        this.identityService = identityService;
        this.authorizations = new Authorizations(authorizationService);
        this.admin = admin;
        this.accounts = accounts;
        this.demo = demo.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Team team : Team.values()) {
            ensureGroup(team.groupId(), team.displayName(), "WORKFLOW");
        }
        ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
        grantTeams();
        grantSupervisors();
        grantProcessOwners();
        grantAdministrators();
        ensureAdministrator();
    }

    private void grantTeams() {
        for (Team team : Team.values()) {
            String group = team.groupId();
            authorizations.grant(group, APPLICATION, "tasklist", Permissions.ACCESS);
            authorizations.grant(group, PROCESS_DEFINITION, ANY, Permissions.READ);
            authorizations.grant(group, DECISION_DEFINITION, ANY, Permissions.READ);
            authorizations.grant(group, GROUP, group, Permissions.READ);
            authorizations.grant(group, USER, ANY, Permissions.READ);
        }
    }

    private void grantSupervisors() {
        String group = Team.SUPERVISORS.groupId();
        authorizations.grant(group, APPLICATION, "cockpit", Permissions.ACCESS);
        authorizations.grant(group, PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                Permissions.READ_INSTANCE, Permissions.READ_TASK);
        authorizations.grant(group, PROCESS_INSTANCE, ANY, Permissions.READ);
        authorizations.grant(group, TASK, ANY, Permissions.READ);
        authorizations.grant(group, HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        authorizations.grant(group, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        authorizations.grant(group, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        authorizations.grant(group, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        authorizations.grant(group, DEPLOYMENT, ANY, Permissions.READ);
        authorizations.grant(group, GROUP, ANY, Permissions.READ);
        authorizations.grant(group, BATCH, ANY, Permissions.READ);
    }

    private void grantProcessOwners() {
        String group = Team.PROCESS_OWNERS.groupId();
        authorizations.grant(group, APPLICATION, "cockpit", Permissions.ACCESS);
        authorizations.grant(group, DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
        authorizations.grant(group, PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                Permissions.READ_INSTANCE, Permissions.UPDATE);
        authorizations.grant(group, PROCESS_INSTANCE, ANY, Permissions.READ);
        authorizations.grant(group, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                Permissions.UPDATE);
        authorizations.grant(group, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        authorizations.grant(group, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    }

    private void grantAdministrators() {
        for (Resources resource : Resources.values()) {
            authorizations.grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).singleResult() != null) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
        log.info("Created group {}", id);
    }

    private void ensureAdministrator() {
        String userId = admin.username();
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identityService.newUser(userId);
            user.setFirstName("DenialFlow");
            user.setLastName("Administrator");
            user.setEmail(userId + "@denialflow.local");
            user.setPassword(admin.password());
            accounts.save(user, demo);
            log.info("Created administrator {}", userId);
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identityService.createMembership(userId, Groups.CAMUNDA_ADMIN);
        }
    }
}
