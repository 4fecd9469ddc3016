package org.denialflow.platform.identity;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.springframework.stereotype.Component;

/**
 * Saves users created at startup. The engine's password policy applies to everyone, except the
 * demo accounts, whose short shared password is the point of a demo.
 */
@Component
public class UserAccounts {

    private final ProcessEngineConfigurationImpl configuration;

    public UserAccounts(ProcessEngineConfiguration configuration) {
        this.configuration = (ProcessEngineConfigurationImpl) configuration;
    }

    public void save(User user, boolean demoAccount) {
        configuration.getCommandExecutorTxRequired().execute(new SaveUserCmd(user, demoAccount));
    }
}
