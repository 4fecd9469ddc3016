package org.denialflow.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name this node goes by in a cluster: {@code denialflow.node-name} ({@code DENIALFLOW_NODE_NAME}),
 * by default the host name and the HTTP port ({@code app-01:8080}; the process id where the port is
 * random). The job executor locks jobs under this name, so {@code ACT_RU_JOB.LOCK_OWNER_} (and
 * Cockpit's job view) tells which node holds a job, instead of the random id the engine would use.
 */
@Component
public class NodeName extends AbstractProcessEnginePlugin {

    /** {@code ACT_RU_JOB.LOCK_OWNER_} holds at most 255 characters. */
    static final int MAX_LENGTH = 255;

    private final String name;

    public NodeName(@Value("${denialflow.node-name:}") String configured, @Value("${server.port:8080}") String port) {
        this.name = resolve(configured, hostName(), port);
    }

    static String resolve(String configured, String host, String port) {
        // Port 0 (a random port, as in tests) would give every such node on the host the same name.
        String where = "0".equals(port) ? "pid-" + ProcessHandle.current().pid() : port;
        String chosen = configured != null && !configured.isBlank() ? configured.strip() : host + ":" + where;
        return chosen.length() <= MAX_LENGTH ? chosen : chosen.substring(0, MAX_LENGTH);
    }

    public String value() {
        return name;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor jobExecutor = configuration.getJobExecutor();
        if (jobExecutor != null) {
            jobExecutor.setLockOwner(name);
        }
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
