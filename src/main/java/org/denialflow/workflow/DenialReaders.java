package org.denialflow.workflow;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may read one denial, with its patient and claim data: whoever the tracking log shows it to
 * ({@link DenialScope}), and any team that has an open task on it (the appeals team on a denial that
 * coding sent to appeal, say).
 */
@Component
class DenialReaders {

    private final TaskService taskService;

    DenialReaders(TaskService taskService) {
        this.taskService = taskService;
    }

    boolean mayRead(Authentication user, Denial denial) {
        if (DenialScope.of(user).covers(denial.team())) {
            return true;
        }
        List<String> groups = user == null ? List.of() : user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .toList();
        return !groups.isEmpty() && taskService.createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(denial.id())).taskCandidateGroupIn(groups).count() > 0;
    }
}
