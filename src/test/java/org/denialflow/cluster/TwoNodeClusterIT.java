package org.denialflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.denialflow.cluster.ClusterLauncher.ADMIN;
import static org.denialflow.cluster.ClusterLauncher.ADMIN_PASSWORD;
import static org.denialflow.cluster.ClusterLauncher.STARTUP;
import static org.denialflow.cluster.ClusterRest.deploy;
import static org.denialflow.cluster.ClusterRest.jsonValue;
import static org.denialflow.cluster.ClusterRest.startInstance;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.denialflow.ingest.synthetic.SyntheticRemittances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.util.FileSystemUtils;

/**
 * Two real DenialFlow processes ({@code java -jar target/denialflow.jar}, profile {@code postgres})
 * on one PostgreSQL database and one shared inbox folder, as docs/guide/cluster.md describes:
 * files are imported exactly once, work done on one node is seen on the other, timers fire once,
 * models are deployed once, and a node killed in the middle of an import loses and duplicates
 * nothing. Waits poll observable state with a deadline; nothing sleeps for a fixed time.
 */
@ExtendWith(ClusterDatabase.Available.class)
@ClusterDatabase.Name("denialflow_cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

    private static final String DEMO_PASSWORD = "demo";
    private static final Duration WORK = Duration.ofSeconds(90);
    /** Short in the test, so the surviving node takes over a dead node's file quickly. */
    private static final Duration STALE_ATTEMPT = Duration.ofSeconds(3);

    private final Path workDirectory = Path.of("target", "cluster-it").toAbsolutePath();
    private final Path inbox = workDirectory.resolve("inbox");
    private final ClusterDatabase database = ClusterDatabase.of(TwoNodeClusterIT.class);
    private final ClusterLauncher launcher = new ClusterLauncher(database, workDirectory, inbox, List.of(
            // Team users to work tasks with (no demo work).
            "--denialflow.demo.enabled=true", "--denialflow.demo.password=" + DEMO_PASSWORD,
            "--denialflow.demo.load-work=false",
            "--denialflow.import.stale-attempt=" + STALE_ATTEMPT));
    private ClusterNode nodeA;
    private ClusterNode nodeB;
    private long deploymentsAfterFirstNode;

    @BeforeAll
    void startTwoNodes() throws Exception {
        database.reset();
        FileSystemUtils.deleteRecursively(workDirectory);
        Files.createDirectories(inbox);
        // The first start on an empty database creates the engine's schema: one node first (start.sh does the same).
        nodeA = launcher.startReady("node-a");
        deploymentsAfterFirstNode = database.count("select count(*) from act_re_deployment");
        nodeB = launcher.startReady("node-b");
    }

    @AfterAll
    void stopNodes() throws Exception {
        ClusterLauncher.stop(nodeA, nodeB);
    }

    @Test
    @Order(0)
    void withoutAnAdministratorPasswordANodeRefusesToStart() throws Exception {
        Map<String, String> environment = launcher.environment("node-without-password");
        environment.remove("DENIALFLOW_ADMIN_PASSWORD");
        // An in-memory database: the refusal must come before anything is written.
        environment.put("DENIALFLOW_DB_URL", "jdbc:h2:mem:no-password");
        environment.put("DENIALFLOW_DB_USER", "sa");
        environment.put("DENIALFLOW_DB_PASSWORD", "");
        try (ClusterNode refused = ClusterNode.start("node-without-password", ClusterNode.findJar(), workDirectory,
                environment, List.of("--denialflow.admin.password="))) {
            await("the node without a password exits").atMost(STARTUP).pollInterval(Duration.ofMillis(300))
                    .until(() -> !refused.isAlive());
            assertThat(refused.logText()).contains("No administrator password is configured")
                    .doesNotContain("DenialFlow is ready");
        }
    }

    @Test
    @Order(1)
    void theSecondNodeDeploysNothingAgain() {
        assertThat(deploymentsAfterFirstNode).isPositive();
        assertThat(database.count("select count(*) from act_re_deployment")).isEqualTo(deploymentsAfterFirstNode);
        assertThat(database.rows("""
                select key_, version_ from act_re_procdef group by key_, version_ having count(*) > 1""")).isEmpty();
        assertThat(database.count("select count(*) from act_re_procdef where key_ = 'denial-lifecycle'"))
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void filesDroppedInTheSharedInboxAreImportedExactlyOnce() throws Exception {
        SyntheticRemittances remittances = SyntheticRemittances.builder().seed(8101).claims(240).denialRate(0.2)
                .claimsPerFile(40).startDate(LocalDate.of(2026, 3, 2)).build();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < remittances.fileCount(); i++) {
            names.add(drop("cluster-" + i + ".835", remittances.fileAsBytes(i)));
        }

        // Both nodes are asked at once; their intake jobs run on whichever node acquires them.
        CompletableFuture<HttpResponse<String>> onA = CompletableFuture.supplyAsync(
                () -> nodeA.postJson("/api/imports/inbox", "", ADMIN, ADMIN_PASSWORD));
        CompletableFuture<HttpResponse<String>> onB = CompletableFuture.supplyAsync(
                () -> nodeB.postJson("/api/imports/inbox", "", ADMIN, ADMIN_PASSWORD));
        assertThat(onA.get().statusCode()).as(onA.get().body()).isEqualTo(202);
        assertThat(onB.get().statusCode()).as(onB.get().body()).isEqualTo(202);

        await("both intake runs finished").atMost(WORK).pollInterval(Duration.ofMillis(300)).until(() ->
                database.count("select count(*) from act_hi_procinst where proc_def_key_ = 'daily-intake' and end_time_ is null") == 0
                        && database.count("select count(*) from act_hi_procinst where proc_def_key_ = 'daily-intake'") == 2);

        assertThat(waitingInInbox()).isEmpty();
        assertThat(database.rows("select end_act_id_ from act_hi_procinst where proc_def_key_ = 'daily-intake'"))
                .as("neither run met a failed file (a review task would follow)")
                .allSatisfy(row -> assertThat(row.get(0)).isEqualTo("inbox-imported"));
        assertThat(database.count("select count(*) from import_file")).isEqualTo(names.size());
        assertThat(database.count("select count(*) from import_file where status <> 'IMPORTED'")).isZero();
        assertThat(database.count("select count(*) from import_file where file_name like 'cluster-%'"))
                .isEqualTo(names.size());
        database.assertEveryDenialHasExactlyOneProcess();
        assertThat(database.count("select count(*) from denial")).isPositive();
    }

    @Test
    @Order(3)
    void aTaskCompletedOnOneNodeIsDoneOnTheOther() {
        deploy(nodeA, "cluster-task-check", Bpmn.createExecutableProcess("cluster-task-check").camundaHistoryTimeToLive(1)
                .startEvent().userTask("work").name("Work the check").camundaCandidateGroups("coding").endEvent().done());
        String instanceId = startInstance(nodeB, "cluster-task-check", "task-1");

        List<String> seenOnA = taskIds(nodeA, "carlos", instanceId);
        assertThat(seenOnA).hasSize(1);
        assertThat(taskIds(nodeB, "carlos", instanceId)).isEqualTo(seenOnA);
        assertThat(taskIds(nodeB, "beatrice", instanceId)).as("billing does not see coding's task").isEmpty();

        HttpResponse<String> completed = nodeA.postJson("/engine-rest/task/" + seenOnA.get(0) + "/complete", "{}",
                "carlos", DEMO_PASSWORD);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

        assertThat(taskIds(nodeB, "carlos", instanceId)).isEmpty();
        HttpResponse<String> history = nodeB.get("/engine-rest/history/process-instance/" + instanceId, ADMIN, ADMIN_PASSWORD);
        assertThat(history.body()).contains("\"state\":\"COMPLETED\"");
    }

    @Test
    @Order(4)
    void aChangedModelDeployedOnOneNodeRunsOnBothAndItsTimersFireExactlyOnce() {
        String key = "cluster-timer-check";
        String changed = timerModel(key, "Changed version");
        deploy(nodeA, key, timerModel(key, "First version"));
        deploy(nodeA, key, changed);
        long deployments = database.count("select count(*) from act_re_deployment");
        deploy(nodeB, key, changed); // the same file again, on the other node
        assertThat(database.count("select count(*) from act_re_deployment"))
                .as("an unchanged model is not deployed again").isEqualTo(deployments);
        assertThat(database.count("select max(version_) from act_re_procdef where key_ = ?", key)).isEqualTo(2);

        int instances = 40;
        for (int i = 0; i < instances; i++) {
            startInstance(i % 2 == 0 ? nodeA : nodeB, key, "timer-" + i);
        }
        assertThat(database.count("""
                select count(*) from act_hi_procinst p join act_re_procdef d on d.id_ = p.proc_def_id_
                where d.key_ = ? and d.version_ = 2""", key)).as("new instances use the changed model").isEqualTo(instances);

        await("all timers fired").atMost(WORK).pollInterval(Duration.ofMillis(300)).until(() ->
                database.count("select count(*) from act_hi_procinst where proc_def_key_ = ? and end_time_ is not null", key) == instances);
        assertThat(database.count("select count(*) from act_hi_actinst where proc_def_key_ = ? and act_id_ = 'timer-fired'", key))
                .as("each timer fired once").isEqualTo(instances);
        assertThat(database.rows("""
                select proc_inst_id_ from act_hi_actinst where proc_def_key_ = ? and act_id_ = 'timer-fired'
                group by proc_inst_id_ having count(*) > 1""", key)).isEmpty();
        assertThat(database.count("select count(*) from act_ru_job where process_def_key_ = ?", key)).isZero();
    }

    @Test
    @Order(5)
    void aNodeKilledInTheMiddleOfAnImportLosesAndDuplicatesNothing() throws Exception {
        byte[] big = SyntheticRemittances.builder().seed(8102).claims(1500).denialRate(0.5).claimsPerFile(1500)
                .startDate(LocalDate.of(2026, 4, 6)).build().fileAsBytes(0);
        CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> {
            try {
                nodeA.postMultipart("/api/imports", Map.of(), "file", "killed-mid-import.835", big, ADMIN, ADMIN_PASSWORD);
            } catch (RuntimeException connectionLost) {
                // expected: the node dies under the request
            }
        });
        String importing = "select id from import_file where file_name = 'killed-mid-import.835' and status = 'IMPORTING'";
        await("node A posting the file").atMost(WORK).pollInterval(Duration.ofMillis(50))
                .until(() -> !database.rows(importing).isEmpty());
        long importId = ((Number) database.row(importing).get(0)).longValue();

        nodeA.kill();
        upload.get();

        assertThat(nodeA.isAlive()).isFalse();
        assertThat(database.count("select count(*) from denial where import_id = ?", importId))
                .as("nothing of a half-posted file is visible").isZero();
        assertThat(database.row("select status from import_file where id = ?", importId)).containsExactly("IMPORTING");

        // Once the dead node's attempt is stale, the next intake run on the surviving node finishes the file.
        await("the dead node's attempt stale").atMost(WORK).pollInterval(Duration.ofMillis(200)).until(() ->
                database.count("select count(*) from import_file where id = ? and claimed_at < now() - interval '"
                        + STALE_ATTEMPT.toSeconds() + " seconds'", importId) == 1);
        HttpResponse<String> intake = nodeB.postJson("/api/imports/inbox", "", ADMIN, ADMIN_PASSWORD);
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(202);
        String intakeInstance = jsonValue(intake.body(), "processInstanceId");

        await("node B finished the file").atMost(WORK).pollInterval(Duration.ofMillis(300)).until(() ->
                database.count("select count(*) from act_hi_procinst where id_ = ? and end_time_ is not null", intakeInstance) == 1);
        assertThat(database.row("select status from import_file where id = ?", importId)).containsExactly("IMPORTED");
        assertThat(database.count("select count(*) from import_file where status in ('RECEIVED', 'IMPORTING', 'FAILED')"))
                .as("no orphan").isZero();
        assertThat(database.count("select count(*) from denial where import_id = ?", importId))
                .isEqualTo(database.count(
                        "select denied_count + partially_denied_count - duplicate_claim_count from import_file where id = ?", importId))
                .isPositive();
        database.assertEveryDenialHasExactlyOneProcess();
        assertThat(nodeB.get("/actuator/health", null, null).statusCode()).isEqualTo(200);
    }

    private static String timerModel(String key, String name) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(key).name(name).camundaHistoryTimeToLive(1).startEvent()
                .intermediateCatchEvent("wait").name("Two seconds passed").timerWithDuration("PT2S")
                .intermediateThrowEvent("timer-fired").name("Timer fired").endEvent().done());
    }

    private static List<String> taskIds(ClusterNode node, String user, String instanceId) {
        HttpResponse<String> response = node.get("/engine-rest/task?processInstanceId=" + instanceId, user, DEMO_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ClusterRest.jsonValues(response.body(), "id");
    }

    /** Written under a hidden name, then renamed: the inbox never shows a half-written file. */
    private String drop(String name, byte[] content) throws IOException {
        Path hidden = inbox.resolve("." + name + ".part");
        Files.write(hidden, content);
        Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return name;
    }

    private List<Path> waitingInInbox() throws IOException {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        }
    }
}
