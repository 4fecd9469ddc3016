package org.denialflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.denialflow.cluster.ClusterLauncher.ADMIN;
import static org.denialflow.cluster.ClusterLauncher.ADMIN_PASSWORD;
import static org.denialflow.cluster.ClusterRest.deploy;
import static org.denialflow.cluster.ClusterRest.getAsAdmin;
import static org.denialflow.cluster.ClusterRest.jsonValue;
import static org.denialflow.cluster.ClusterRest.jsonValues;
import static org.denialflow.cluster.ClusterRest.startInstance;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
 * Faults in a two-node cluster, with two real nodes on their own database: a failing job ends as an
 * incident with its message and completes once its cause is fixed and it is retried; the database
 * goes away in the middle of timer work and both nodes carry on by themselves once it is back; a node
 * killed while it fires timers leaves its locked timers to the other node, which fires each exactly
 * once after the locks expire. The nodes run with test-short job settings (15 s lock, retries 2 s
 * apart, idle polling every 0.5 s) given on the command line; production values stay in
 * application.yaml. Waits poll observable state with deadlines.
 */
@ExtendWith(ClusterDatabase.Available.class)
@ClusterDatabase.Name("denialflow_cluster_faults")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultsIT {

    private static final Duration LOCK_TIME = Duration.ofSeconds(15);
    private static final Duration WORK = Duration.ofSeconds(120);
    private static final String NODE_A = "faults-node-a";
    private static final String NODE_B = "faults-node-b";
    private static final long MISSING_DENIAL = 999_999_999L;

    private final ClusterDatabase database = ClusterDatabase.of(ClusterFaultsIT.class);
    private final Path workDirectory = Path.of("target", "cluster-faults-it").toAbsolutePath();
    private final Path inbox = workDirectory.resolve("inbox");
    private final ClusterLauncher launcher = new ClusterLauncher(database, workDirectory, inbox, List.of(
            "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
            "--camunda.bpm.job-execution.wait-time-in-millis=500",
            "--camunda.bpm.job-execution.max-wait=500",
            "--camunda.bpm.generic-properties.properties.failedJobRetryTimeCycle=R3/PT2S"));
    private ClusterNode nodeA;
    private ClusterNode nodeB;

    @BeforeAll
    void startTwoNodesWithDenials() throws Exception {
        database.reset();
        FileSystemUtils.deleteRecursively(workDirectory);
        Files.createDirectories(inbox);
        nodeA = launcher.startReady(NODE_A);
        nodeB = launcher.startReady(NODE_B);
        upload(nodeA, "faults-work.835", SyntheticRemittances.builder().seed(8201).claims(1000).denialRate(0.9)
                .claimsPerFile(1000).startDate(LocalDate.now().minusDays(2)).build().fileAsBytes(0));
        // Recent denials: their deadlines are ahead, so their reminder timers wait (until the test makes them due).
        assertThat(reminderTimers(3)).as("denials waiting for work, with deadline reminders").isGreaterThan(150);
    }

    @AfterAll
    void stopNodes() throws Exception {
        ClusterLauncher.stop(nodeA, nodeB);
    }

    @Test
    @Order(1)
    void aFailingJobEndsAsAnIncidentWithItsMessageAndCompletesOnceFixedAndRetried() {
        deploy(nodeA, "fault-check", Bpmn.createExecutableProcess("fault-check").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("remind").name("Remind team of deadline").camundaAsyncBefore()
                .camundaDelegateExpression("${remindDeadlineDelegate}").endEvent("reminded").done());
        String instance = startInstance(nodeB, "fault-check", "fault-1",
                "{\"denialId\":{\"value\":" + MISSING_DENIAL + ",\"type\":\"Long\"}}");

        await("an incident for the failing job").atMost(WORK).pollInterval(Duration.ofMillis(300)).until(() ->
                !jsonValues(getAsAdmin(nodeA, "/engine-rest/incident?processInstanceId=" + instance).body(), "id").isEmpty());
        String incidents = getAsAdmin(nodeA, "/engine-rest/incident?processInstanceId=" + instance).body();
        assertThat(jsonValue(incidents, "incidentType")).isEqualTo("failedJob");
        assertThat(jsonValue(incidents, "incidentMessage")).isEqualTo("No denial " + MISSING_DENIAL);
        String jobId = jsonValue(incidents, "configuration");
        assertThat(database.count("select retries_ from act_ru_job where id_ = ?", jobId)).isZero();
        assertThat(database.row("select exception_msg_ from act_ru_job where id_ = ?", jobId))
                .containsExactly("No denial " + MISSING_DENIAL);

        // The cause fixed: the instance now refers to a denial that exists. Then retried, as from Cockpit.
        long denialId = database.count("select min(id) from denial");
        HttpResponse<String> fixed = nodeB.putJson("/engine-rest/process-instance/" + instance + "/variables/denialId",
                "{\"value\":" + denialId + ",\"type\":\"Long\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(204);
        HttpResponse<String> retried = nodeB.putJson("/engine-rest/job/" + jobId + "/retries", "{\"retries\":1}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);

        await("the retried job completed the instance").atMost(WORK).pollInterval(Duration.ofMillis(300)).until(() ->
                database.count("select count(*) from act_hi_procinst where id_ = ? and end_act_id_ = 'reminded'", instance) == 1);
        assertThat(jsonValues(getAsAdmin(nodeA, "/engine-rest/incident?processInstanceId=" + instance).body(), "id"))
                .as("the incident is resolved").isEmpty();
    }

    @Test
    @Order(2)
    void bothNodesRecoverByThemselvesFromADatabaseOutageInTheMiddleOfTimerWork() throws Exception {
        long before = fired(2);
        long timers = makeDue(2);
        await("timer work under way").atMost(WORK).pollInterval(Duration.ofMillis(50))
                .until(() -> fired(2) - before >= 10);
        Instant cut;
        long firedBeforeCut;
        try (DatabaseOutage outage = DatabaseOutage.begin(database)) {
            cut = Instant.now();
            assertThatThrownBy(database::connect).as("the database is cut off").isInstanceOf(java.sql.SQLException.class);
            // The outage lasts a few seconds while the rest of the timers are due: the fault itself, not a wait for a result.
            await("the outage lasted 5 s").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Duration.between(cut, Instant.now()).compareTo(Duration.ofSeconds(5)) >= 0);
        }
        firedBeforeCut = fired(2) - before;
        assertThat(firedBeforeCut).as("work was left when the database came back").isLessThan(timers);

        // Which node fires the rest is a race; that each node's job executor works again is shown by the
        // next test, where node A fires timers alone and then node B.
        await("every timer fired after the outage").atMost(WORK).pollInterval(Duration.ofMillis(100))
                .until(() -> fired(2) - before == timers);
        assertFiredOnceEach(2, before + timers);
        assertThat(database.count("select count(*) from act_ru_incident")).as("no job gave up").isZero();

        // Both nodes serve requests again without a restart, and each import is posted once.
        long denials = database.count("select count(*) from denial");
        upload(nodeA, "after-outage-a.835", SyntheticRemittances.builder().seed(8202).claims(40).denialRate(0.5)
                .claimsPerFile(40).startDate(LocalDate.now().minusDays(1)).build().fileAsBytes(0));
        upload(nodeB, "after-outage-b.835", SyntheticRemittances.builder().seed(8203).claims(40).denialRate(0.5)
                .claimsPerFile(40).startDate(LocalDate.now()).build().fileAsBytes(0));
        assertThat(database.count("select count(*) from denial")).isGreaterThan(denials);
        assertThat(database.count("select count(*) from import_file where status <> 'IMPORTED'")).isZero();
        assertThat(database.count("select count(*) from import_file")).isEqualTo(3);
        database.assertEveryDenialHasExactlyOneProcess();
        for (ClusterNode node : List.of(nodeA, nodeB)) {
            assertThat(node.get("/actuator/health", null, null).statusCode()).as(node.name + " healthy").isEqualTo(200);
        }
    }

    @Test
    @Order(3)
    void timersLockedByANodeKilledMidWayAreFiredOnceByTheOtherAfterTheirLocksExpire() throws Exception {
        await("no job in progress on either node").atMost(WORK).pollInterval(Duration.ofMillis(200))
                .until(() -> database.count("select count(*) from act_ru_job where lock_exp_time_ >= ?",
                        Timestamp.from(Instant.now())) == 0);
        long before = fired(3);
        long timers;
        List<List<Object>> stranded;
        // Node B is paused (as in a long garbage-collection pause) while the timers fall due, so that node A
        // takes the first of them: with both running, either node may lock and fire all of them within a
        // second, and the other never gets one. Node A's job executor lived through the outage above.
        nodeB.pause();
        try {
            timers = makeDue(3);
            String progress = """
                    select (select count(*) from act_hi_actinst where act_id_ = 'deadline-reminder-3'),
                           (select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
                            where d.act_id_ = 'deadline-reminder-3' and j.lock_owner_ = ?)""";
            // One query a poll, so that a fast drain is not missed.
            await("node A's job executor firing timers").atMost(WORK).pollInterval(Duration.ofMillis(10)).until(() -> {
                List<Object> row = database.row(progress, NODE_A);
                return ((Number) row.get(0)).longValue() - before >= 10 && ((Number) row.get(1)).longValue() > 0;
            });

            nodeA.kill();

            assertThat(nodeA.isAlive()).isFalse();
            stranded = database.rows("""
                    select j.process_instance_id_, j.lock_exp_time_ from act_ru_job j
                    join act_ru_jobdef d on d.id_ = j.job_def_id_
                    where d.act_id_ = 'deadline-reminder-3' and j.lock_owner_ = ?""", NODE_A);
            assertThat(stranded).as("timers node A held when it died (ACT_RU_JOB.LOCK_OWNER_ names it)").isNotEmpty();
            assertThat(fired(3) - before).as("timers were left when node A died").isLessThan(timers);
        } finally {
            nodeB.resume();
        }

        await("node B fired every timer").atMost(WORK.plus(LOCK_TIME)).pollInterval(Duration.ofMillis(200))
                .until(() -> fired(3) - before == timers);
        assertFiredOnceEach(3, before + timers);
        for (List<Object> job : stranded) {
            Timestamp lockExpired = (Timestamp) job.get(1);
            List<Object> firedAt = database.row("""
                    select start_time_ from act_hi_actinst where act_id_ = 'deadline-reminder-3' and proc_inst_id_ = ?""",
                    job.get(0));
            assertThat((Timestamp) firedAt.get(0)).as("a timer node A held fired after its lock expired")
                    .isAfterOrEqualTo(lockExpired);
        }
        assertThat(database.count("select count(*) from act_ru_incident")).isZero();
        assertThat(nodeB.get("/actuator/health", null, null).statusCode()).isEqualTo(200);
    }

    /** Makes the n-th deadline reminder of every waiting denial due now, as if they all fell on one day. */
    private long makeDue(int reminder) {
        long timers = reminderTimers(reminder);
        int moved = database.update("""
                update act_ru_job set duedate_ = ? where job_def_id_ in
                (select id_ from act_ru_jobdef where act_id_ = ?)""",
                Timestamp.from(Instant.now()), "deadline-reminder-" + reminder);
        assertThat(moved).isEqualTo(timers).isGreaterThan(150);
        return timers;
    }

    private long reminderTimers(int reminder) {
        return database.count("""
                select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
                where d.act_id_ = ?""", "deadline-reminder-" + reminder);
    }

    private long fired(int reminder) {
        return database.count("select count(*) from act_hi_actinst where act_id_ = ?", "deadline-reminder-" + reminder);
    }

    /** {@code fired}: how many n-th reminders have fired in all, each in its own denial's process. */
    private void assertFiredOnceEach(int reminder, long fired) {
        String activity = "deadline-reminder-" + reminder;
        assertThat(database.rows("""
                select proc_inst_id_ from act_hi_actinst where act_id_ = ? group by proc_inst_id_ having count(*) > 1""",
                activity)).as("no timer fired twice").isEmpty();
        assertThat(database.count("select count(distinct proc_inst_id_) from act_hi_actinst where act_id_ = ?", activity))
                .isEqualTo(fired);
        assertThat(reminderTimers(reminder)).as("no timer left").isZero();
        assertThat(database.count("select count(*) from act_hi_actinst where act_id_ = 'team-reminded'"))
                .as("every fired reminder ran its path to the end, none stopped half-way")
                .isEqualTo(fired(1) + fired(2) + fired(3));
    }

    private static void upload(ClusterNode node, String name, byte[] content) {
        HttpResponse<String> response = node.postMultipart("/api/imports", Map.of(), "file", name, content, ADMIN,
                ADMIN_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
