package org.denialflow.platform.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * When a task is created for a team, that team may read the process instance it belongs to (its
 * variables and diagram in Tasklist), and no other instance. The engine already grants candidate
 * groups the right to work the task itself.
 */
class TeamInstanceAccess implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String instanceId = task.getProcessInstanceId();
        if (instanceId == null) {
            return;
        }
        AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
        // The user who completed the previous task may not manage authorizations; the engine does it for them.
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (IdentityLink link : task.getCandidates()) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    grantRead(authorizations, link.getGroupId(), instanceId);
                }
            }
            return null;
        });
    }

    private static void grantRead(AuthorizationService authorizations, String groupId, String instanceId) {
        boolean granted = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(Resources.PROCESS_INSTANCE).resourceId(instanceId).count() > 0;
        if (!granted) {
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(groupId);
            read.setResource(Resources.PROCESS_INSTANCE);
            read.setResourceId(instanceId);
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
    }
}
