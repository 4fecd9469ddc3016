package org.denialflow.platform.tasklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.denialflow.platform.identity.Team;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters each team opens on, idempotently (by filter name), and lets
 * only the team's group read its filters. Tasklist selects the filter with the lowest "priority"
 * property first, so a team's own queue comes first.
 */
@Component
@Order(20)
public class TaskFilterSetup implements ApplicationRunner {

    static final String OWNER = "denialflow";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    public TaskFilterSetup(FilterService filterService, TaskService taskService,
                           AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Team team : Team.values()) {
            if (team == Team.PROCESS_OWNERS) {
                continue;
            }
            String group = team.groupId();
            ensure(team.displayName() + ": denials by priority",
                    "Open work for " + team.displayName() + ", most urgent first", -20, "#1f6feb",
                    byPriority(taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()),
                    group);
            ensure(team.displayName() + ": due within 7 days",
                    "Deadlines in the next seven days, soonest first", -10, "#d73a49",
                    taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
                            .dueBeforeExpression("${dateTime().plusDays(7)}").orderByDueDate().asc(),
                    group);
        }
        ensure("All teams: open denials by priority", "Every open task across teams", -30, "#6f42c1",
                byPriority(taskService.createTaskQuery()), Team.SUPERVISORS.groupId());
        ensure("All teams: past their due date", "Tasks whose deadline has passed", -25, "#b31d28",
                taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(),
                Team.SUPERVISORS.groupId());
        String[] everyone = java.util.Arrays.stream(Team.values()).map(Team::groupId).toArray(String[]::new);
        ensure("Assigned to me", "Tasks I have claimed", 0, "#2da44e",
                byPriority(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")), everyone);
    }

    private static TaskQuery byPriority(TaskQuery query) {
        return query.orderByTaskPriority().desc().orderByDueDate().asc();
    }

    private void ensure(String name, String description, int priority, String color, TaskQuery query,
                        String... readerGroups) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name)
                    .setOwner(OWNER)
                    .setQuery(query)
                    .setProperties(properties(description, priority, color));
            filterService.saveFilter(filter);
        }
        for (String group : readerGroups) {
            grantRead(filter.getId(), group);
        }
    }

    private void grantRead(String filterId, String group) {
        long existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(group).resourceType(Resources.FILTER).resourceId(filterId).count();
        if (existing == 0) {
            Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(group);
            read.setResource(Resources.FILTER);
            read.setResourceId(filterId);
            read.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(read);
        }
    }

    private static Map<String, Object> properties(String description, int priority, String color) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", listedVariables());
        return properties;
    }

    /** Process variables Tasklist shows in each row of the list. */
    private static List<Map<String, String>> listedVariables() {
        List<Map<String, String>> variables = new ArrayList<>();
        variables.add(Map.of("name", "payerName", "label", "Payer"));
        variables.add(Map.of("name", "claimNumber", "label", "Payer claim #"));
        variables.add(Map.of("name", "amountAtRisk", "label", "At risk ($)"));
        variables.add(Map.of("name", "denialReason", "label", "Reason"));
        variables.add(Map.of("name", "deadline", "label", "Deadline"));
        return variables;
    }
}
