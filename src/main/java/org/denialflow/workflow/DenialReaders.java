package org.denialflow.workflow;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.TaskService;
import org.denialflow.denial.Denial;
import org.denialflow.platform.identity.Team;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may read one denial, with its patient and claim data: supervisors, process owners and
 * administrators; the team the denial was routed to; and any team that has an open task on it (the
 * appeals team on a denial coding routed to appeal, say). The tracking log applies the same team rule.
 */
@Component
class DenialReaders {

    private static final List<String> OVERSEERS = List.of(Team.SUPERVISORS.groupId(), Team.PROCESS_OWNERS.groupId(),
            "camunda-admin");

    private final TaskService taskService;

    DenialReaders(TaskService taskService) {
        this.taskService = taskService;
    }

    boolean mayRead(Authentication user, Denial denial) {
        List<String> groups = user == null ? List.of() : user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .toList();
        if (groups.stream().anyMatch(OVERSEERS::contains)) {
            return true;
        }
        for (Team team : Team.values()) {
            if (groups.contains(team.groupId()) && team.name().equalsIgnoreCase(
                    denial.team() == null ? "" : denial.team().toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return !groups.isEmpty() && taskService.createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(denial.id())).taskCandidateGroupIn(groups).count() > 0;
    }
}
