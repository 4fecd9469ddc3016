package org.denialflow.workflow;

import java.util.ArrayList;
import java.util.Set;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/** Adds {@link DenialTaskListener} to every user task of the denial and rejection processes, so models need not. */
@Component
public class DenialTaskListenerPlugin extends AbstractProcessEnginePlugin {

    static final Set<String> PROCESSES = Set.of(ProcessVariables.DENIAL_PROCESS, ProcessVariables.APPEAL_PROCESS,
            ProcessVariables.REJECTION_PROCESS);

    private final LifecycleBeans beans;

    public DenialTaskListenerPlugin(LifecycleBeans beans) {
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        DenialTaskListener listener = new DenialTaskListener(beans);
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (!PROCESSES.contains(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey())) {
                    return;
                }
                UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
            }
        });
    }
}
