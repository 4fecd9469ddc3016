package org.denialflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.denialflow.reporting.ReportFixtures;
import org.denialflow.support.H2ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The monthly denial review from its timer (the engine clock moved, no waiting) through the meeting
 * task to one task per preventive action for the team that owns it, and the next month's pack
 * following those actions up.
 */
@H2ApplicationTest
@TestPropertySource(properties = "denialflow.test.context=reporting")
class MonthlyReviewProcessTest {

    static final String PROCESS = "monthly-denial-review";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewController reviewPages;

    @BeforeEach
    void load() {
        ReportFixtures.load(jdbc);
        // Instances left by another test of this context would confuse the task queries.
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test set-up"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theTimerStartsTheReviewOnTheFirstWorkingDayAndTheActionsReachTheirTeams() {
        Job timer = management.createJobQuery().processDefinitionKey(PROCESS).timers().singleResult();
        LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
        assertThat(due.getDayOfMonth()).isLessThanOrEqualTo(3);
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(due.getHour()).isEqualTo(7);

        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
        management.executeJob(timer.getId());
        ProcessInstance review = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).singleResult();
        assertThat(review).isNotNull();
        // The next month's timer is waiting already.
        Job next = management.createJobQuery().processDefinitionKey(PROCESS).timers().singleResult();
        assertThat(next.getDuedate()).isAfter(timer.getDuedate());

        executeAsync(review);
        Task meeting = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
        assertThat(meeting.getTaskDefinitionKey()).isEqualTo("hold-monthly-review");
        assertThat(groups(meeting)).containsExactly("supervisors");
        Map<String, Object> variables = runtime.getVariables(review.getId());
        assertThat(variables.get("reviewMonth").toString())
                .isEqualTo(java.time.YearMonth.from(due.toLocalDate()).minusMonths(1).toString());
        assertThat(variables.get("packSummary").toString()).contains("Initial denial rate");

        tasks.complete(meeting.getId(), meetingForm());
        executeAsync(review);
        List<Task> actions = tasks.createTaskQuery().processInstanceId(review.getId())
                .taskDefinitionKey("carry-out-preventive-action").list();
        assertThat(actions).hasSize(2);
        assertThat(actions.stream().map(t -> groups(t).get(0)).toList()).containsExactlyInAnyOrder("front-office", "coding");
        Task frontOffice = actions.stream().filter(t -> groups(t).contains("front-office")).findFirst().orElseThrow();
        assertThat(frontOffice.getDueDate()).isNotNull();
        assertThat(runtime.getVariableLocal(tasks.createTaskQuery().taskId(frontOffice.getId()).singleResult().getExecutionId(),
                "actionSummary").toString()).contains("FRONT_END_VERIFICATION", "eligibility");

        for (Task action : actions) {
            tasks.complete(action.getId(), Map.of("outcomeNote", "done"));
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(review.getId())
                .activityId("review-followed-up").count()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from preventive_action where status = 'DONE'").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void aReviewOnDemandForAMonthWithNoActionsClosesAndNextMonthsPackFollowsEarlierActionsUp() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-15T16:00:00Z")));
        ProcessInstance march = runtime.createMessageCorrelation("monthly-denial-review-requested")
                .setVariable("reviewMonth", "2026-03").correlateStartMessage();
        executeAsync(march);
        Map<String, Object> variables = runtime.getVariables(march.getId());
        long reviewId = ((Number) variables.get("reviewId")).longValue();
        ReviewPack pack = reviews.storedPack(reviewId).orElseThrow();
        assertThat(pack.denials()).isEqualTo(4);
        assertThat(pack.topReasons().get(0).key()).isEqualTo("CO-50");
        assertThat(pack.topReasons().get(0).count()).isEqualTo(2);
        assertThat(pack.topReasons().get(0).direction()).isEqualTo("up");
        assertThat(pack.rootCauses()).anySatisfy(t -> {
            assertThat(t.key()).isEqualTo("AUTHORIZATION");
            assertThat(t.count()).isEqualTo(1);
        });
        // d2 is open with its deadline (2026-04-10) outside March; nothing missed its deadline in March.
        assertThat(pack.missedDeadlineCount()).isZero();

        Task meeting = tasks.createTaskQuery().processInstanceId(march.getId()).singleResult();
        Map<String, Object> form = new HashMap<>(meetingForm());
        form.put("action2Description", "");
        tasks.complete(meeting.getId(), form);
        executeAsync(march);
        Task verification = tasks.createTaskQuery().processInstanceId(march.getId()).singleResult();
        tasks.complete(verification.getId(), Map.of("outcomeNote", "eligibility checked at booking"));

        ProcessInstance april = runtime.createMessageCorrelation("monthly-denial-review-requested")
                .setVariable("reviewMonth", "2026-04").correlateStartMessage();
        executeAsync(april);
        ReviewPack next = reviews.storedPack(((Number) runtime.getVariable(april.getId(), "reviewId")).longValue()).orElseThrow();
        assertThat(next.missedDeadlineCount()).isEqualTo(1);
        assertThat(next.missedDeadlines().get(0).reason()).isEqualTo("CO-197");
        assertThat(next.followUps()).singleElement().satisfies(f -> {
            assertThat(f.rootCause()).isEqualTo("REGISTRATION_ELIGIBILITY");
            assertThat(f.status()).isEqualTo("DONE");
            assertThat(f.baselineCount()).isZero();
            assertThat(f.thisMonthCount()).isZero();
            assertThat(f.wentDown()).isFalse();
        });
        assertThat(runtime.getVariable(april.getId(), "packSummary").toString()).contains("Earlier actions");
        byte[] pdf = reviewPages.pdf(((Number) runtime.getVariable(april.getId(), "reviewId")).longValue()).getBody();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Task aprilMeeting = tasks.createTaskQuery().processInstanceId(april.getId()).singleResult();
        tasks.complete(aprilMeeting.getId(), Map.of("meetingNotes", "nothing new", "attendBilling", true));
        executeAsync(april);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(april.getId())
                .activityId("review-closed-without-actions").count()).isEqualTo(1);
    }

    private static Map<String, Object> meetingForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("attendBilling", true);
        form.put("attendCoding", true);
        form.put("attendFrontOffice", true);
        form.put("meetingNotes", "CO-50 medical necessity up; eligibility misses at booking");
        form.put("action1Description", "Verify eligibility at booking for every scheduled visit");
        form.put("action1Type", "FRONT_END_VERIFICATION");
        form.put("action1RootCause", "REGISTRATION_ELIGIBILITY");
        form.put("action1Team", "front-office");
        form.put("action1Due", "2026-12-20");
        form.put("action2Description", "Train coders on bundling edits");
        form.put("action2Type", "STAFF_TRAINING");
        form.put("action2RootCause", "CODING");
        form.put("action2Team", "coding");
        form.put("action2Due", "");
        return form;
    }

    private void executeAsync(ProcessInstance instance) {
        for (int i = 0; i < 10; i++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }
}
