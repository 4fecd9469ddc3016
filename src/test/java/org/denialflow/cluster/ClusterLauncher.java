package org.denialflow.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the nodes of a cluster test the way scripts/cluster/start.sh does: the packaged jar, profile
 * {@code postgres}, one database, one inbox folder, each node under its own name, the first node alone
 * (it creates the engine's schema on an empty database).
 */
final class ClusterLauncher {

    static final String ADMIN = "admin";
    // Meets the engine's password policy, which also refuses a password containing the user's name ("admin").
    static final String ADMIN_PASSWORD = "Cluster-Test-Passw0rd!";
    static final Duration STARTUP = Duration.ofSeconds(180);

    private final ClusterDatabase database;
    private final Path workDirectory;
    private final Path inbox;
    private final List<String> arguments;

    /** {@code arguments}: settings for this test, in place of the common ones they name. */
    ClusterLauncher(ClusterDatabase database, Path workDirectory, Path inbox, List<String> arguments) {
        this.database = database;
        this.workDirectory = workDirectory;
        this.inbox = inbox;
        // Spring joins a property given twice on the command line ("2000,500"): a test's setting replaces the default.
        List<String> all = new ArrayList<>();
        for (String common : List.of(
                // An idle job executor looks for due jobs at least every 2 s (30 s in production).
                "--camunda.bpm.job-execution.max-wait=2000",
                "--logging.level.root=WARN", "--logging.level.org.denialflow=INFO")) {
            String key = common.substring(0, common.indexOf('=') + 1);
            if (arguments.stream().noneMatch(argument -> argument.startsWith(key))) {
                all.add(common);
            }
        }
        all.addAll(arguments);
        this.arguments = List.copyOf(all);
    }

    Map<String, String> environment(String nodeName) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "SPRING_PROFILES_ACTIVE", "postgres",
                "DENIALFLOW_DB_URL", database.url,
                "DENIALFLOW_DB_USER", ClusterDatabase.USER,
                "DENIALFLOW_DB_PASSWORD", ClusterDatabase.PASSWORD,
                "DENIALFLOW_DB_POOL_SIZE", "8",
                "DENIALFLOW_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "DENIALFLOW_INBOX_FOLDER", inbox.toString()));
        environment.put("DENIALFLOW_NODE_NAME", nodeName);
        return environment;
    }

    List<String> arguments() {
        return arguments;
    }

    /** Starts a node named {@code name} and waits until it announces itself ready. */
    ClusterNode startReady(String name) throws IOException {
        ClusterNode node = ClusterNode.start(name, ClusterNode.findJar(), workDirectory, environment(name), arguments);
        awaitReady(node);
        return node;
    }

    static void awaitReady(ClusterNode node) {
        await(node.name + " ready (log: " + node.log + ")").atMost(STARTUP).pollInterval(Duration.ofMillis(500))
                .until(node::isReady);
    }

    /** Stops the nodes that were started (any may be null: its start failed). */
    static void stop(ClusterNode... nodes) throws InterruptedException {
        for (ClusterNode node : nodes) {
            if (node != null) {
                node.close();
            }
        }
    }
}
