package org.denialflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;

class NodeNameTest {

    @Test
    void aConfiguredNameWins() {
        assertThat(NodeName.resolve(" node-a ", "app-01", "8080")).isEqualTo("node-a");
    }

    @Test
    void withoutOneTheNodeIsNamedByHostAndPort() {
        assertThat(NodeName.resolve("", "app-01", "8081")).isEqualTo("app-01:8081");
        assertThat(NodeName.resolve(null, "app-01", "8081")).isEqualTo("app-01:8081");
    }

    @Test
    void onARandomPortTheProcessTellsNodesOnOneHostApart() {
        assertThat(NodeName.resolve("", "app-01", "0")).isEqualTo("app-01:pid-" + ProcessHandle.current().pid());
    }

    @Test
    void aNameLongerThanTheLockOwnerColumnIsCut() {
        assertThat(NodeName.resolve("n".repeat(300), "app-01", "8080")).hasSize(NodeName.MAX_LENGTH);
    }

    @Test
    void theJobExecutorLocksJobsUnderTheNodeName() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        configuration.setJobExecutor(jobExecutor);
        String randomOwner = jobExecutor.getLockOwner();

        new NodeName("node-b", "8082").postInit(configuration);

        assertThat(randomOwner).isNotEqualTo("node-b");
        assertThat(jobExecutor.getLockOwner()).isEqualTo("node-b");
    }
}
