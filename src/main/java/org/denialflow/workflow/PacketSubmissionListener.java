package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.APPEAL_LEVEL;
import static org.denialflow.workflow.ProcessVariables.DENIAL_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.denialflow.appeal.AppealPackets;
import org.springframework.stereotype.Component;

/**
 * When the appeals specialist completes "Submit appeal", the packet assembled for that level is
 * recorded as the one sent, with its contents and checksum, on the audit trail. An appeal sent
 * without a DenialFlow packet (on a payer's portal form, say) is not blocked: the submission itself
 * is already audited with the task.
 */
@Component
public class PacketSubmissionListener implements TaskListener {

    private final AppealPackets packets;

    public PacketSubmissionListener(AppealPackets packets) {
        this.packets = packets;
    }

    @Override
    public void notify(DelegateTask task) {
        long denialId = Vars.id(task, DENIAL_ID);
        Integer level = Vars.integer(task, APPEAL_LEVEL);
        if (level != null && packets.latest(denialId, level).isPresent()) {
            String actor = task.getAssignee() != null ? task.getAssignee() : Actors.current(task.getExecution());
            packets.recordSubmission(denialId, level, actor);
        }
    }
}
