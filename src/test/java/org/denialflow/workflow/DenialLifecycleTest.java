package org.denialflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.denialflow.workflow.LifecycleDriver.SAMPLE_TODAY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.denialflow.denial.DenialWork;
import org.denialflow.ingest.ImportService;
import org.denialflow.support.H2ApplicationTest;
import org.denialflow.support.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The denial lifecycle end to end on H2: real sample remittances in, every route worked through its tasks as
 * the teams' users, timers fired by moving the engine clock, and the ledger, appeal rows, corrections and
 * audit trail checked. The job executor is off; each timer is executed explicitly. The coverage of the models
 * these tests reach is reported under target/process-test-coverage.
 */
@H2ApplicationTest
class DenialLifecycleTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Autowired
    ImportService imports;
    @Autowired
    DenialRepository denials;
    @Autowired
    DenialWork work;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TestRestTemplate rest;

    LifecycleDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(SAMPLE_TODAY);
        driver = new LifecycleDriver(imports, denials, jdbc, runtimeService, taskService, managementService,
                identityService);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCorrectedClaimWaitsForThePayerAndALaterPaymentClosesIt() {
        Denial denial = driver.importDenial("LCCOR", "CO-16", null, "MC");
        ProcessInstance instance = driver.instance(denial);
        assertThat(instance).hasPassed("categorize-denial", "record-categorization", "prioritize-denial", "record-priority")
                .isWaitingAt("correct-claim");
        Denial triaged = denials.get(denial.id());
        assertThat(triaged.category()).isEqualTo("TECHNICAL");
        assertThat(triaged.team()).isEqualTo("BILLING");
        assertThat(triaged.deadlineKind()).isEqualTo("CORRECTION");
        assertThat(triaged.priority()).isNotNull();
        assertThat(driver.stage(denial.id())).isEqualTo("CORRECTION");

        Task task = driver.task(denial.id(), "correct-claim");
        assertThat(task.getName()).startsWith("Correct and resubmit claim 4276512332LCCOR (PAYER) · CO-16 · $915.39 · due ");
        assertThat(task.getPriority()).isEqualTo(triaged.priority());
        assertThat(task.getDueDate()).isEqualTo(Date.from(triaged.deadline().atStartOfDay(ZONE).toInstant()));
        assertThat(candidateGroups(task)).containsExactly("billing");
        assertThat((String) taskService.getVariableLocal(task.getId(), ProcessVariables.DENIAL_SUMMARY))
                .contains("4276512332LCCOR", "2005555ALCCOR", "CO-16", "N14", "$915.39", "History");

        driver.complete(denial.id(), "correct-claim", "beatrice", "resolution", "RESUBMITTED",
                "correctedClaimNumber", "2005555ALCCOR-R", "frequencyCode", "7", "submittedOn", "2004-11-03",
                "channel", "CLEARINGHOUSE", "note", "Added the missing referring provider");

        assertThat(instance).isWaitingAt("answer-overdue");
        assertThat(driver.stage(denial.id())).isEqualTo("AWAITING_PAYER");
        List<DenialWork.Correction> corrections = work.correctionsOfDenial(denial.id());
        assertThat(corrections).singleElement().satisfies(c -> {
            assertThat(c.correctedClaimNumber()).isEqualTo("2005555ALCCOR-R");
            assertThat(c.frequencyCode()).isEqualTo("7");
            assertThat(c.submittedOn()).isEqualTo(LocalDate.of(2004, 11, 3));
            assertThat(c.actor()).isEqualTo("beatrice");
        });

        driver.pay("LCCOR", "915.39");

        assertThat(instance).isEnded();
        Denial closed = denials.get(denial.id());
        assertThat(closed.outcome()).isEqualTo("RECOVERED_IN_FULL");
        assertThat(driver.stage(denial.id())).isEqualTo("CLOSED");
        assertThat(driver.auditActions(denial.id())).containsSubsequence("DENIAL_RECEIVED", "CATEGORIZED", "PRIORITIZED",
                "TASK_COMPLETED", "CORRECTION_SENT", "PAYMENT_POSTED", "DENIAL_CLOSED");
        String completedBy = jdbc.sql("select actor || ':' || decision || ':' || note from audit_entry "
                        + "where subject_id = ? and action = 'TASK_COMPLETED'").param(denial.id())
                .query(String.class).single();
        assertThat(completedBy).isEqualTo("beatrice:RESUBMITTED:Added the missing referring provider");
    }

    @Test
    void aPartialPaymentWhileTheTeamWorksIsNotedAndTheWorkGoesOn() {
        Denial denial = driver.importDenial("LCPRT", "CO-16", null, "MC");
        driver.pay("LCPRT", "100.00");
        assertThat(driver.instance(denial)).isWaitingAt("correct-claim");
        assertThat(denials.get(denial.id()).recoveredAmount()).isEqualByComparingTo("100.00");
        assertThat(denials.get(denial.id()).status()).isEqualTo("OPEN");
    }

    @Test
    void codersConfirmTheCodingAndTheAppealGoesToASecondLevelThenStops() {
        Denial denial = driver.importDenial("LCCOD", "CO-97", null, "MC");
        assertThat(driver.stage(denial.id())).isEqualTo("CODING_REVIEW");
        assertThat(candidateGroups(driver.task(denial.id(), "review-coding"))).containsExactly("coding");
        driver.complete(denial.id(), "review-coding", "carlos", "codingDecision", "CONFIRM",
                "note", "Modifier 59 is documented");
        assertThat(driver.task(denial.id(), "prepare-appeal-packet").getName())
                .startsWith("Prepare appeal packet (Medicaid appeal) for claim 4276512332LCCOD");

        fileAppeal(denial.id(), "2004-11-20");
        assertThat(work.findAppeal(denial.id(), 1).orElseThrow().levelName()).isEqualTo("Medicaid appeal");
        assertThat(work.findAppeal(denial.id(), 1).orElseThrow().status()).isEqualTo("SUBMITTED");
        driver.complete(denial.id(), "record-appeal-decision", "arthur", "appealDecision", "UPHELD",
                "decidedOn", "2004-12-10");

        assertThat(work.findAppeal(denial.id(), 1).orElseThrow().decision()).isEqualTo("UPHELD");
        DenialWork.Appeal second = work.findAppeal(denial.id(), 2).orElseThrow();
        assertThat(second.levelName()).isEqualTo("State administrative hearing");
        assertThat(second.status()).isEqualTo("PREPARING");
        assertThat(second.deadline()).isEqualTo(LocalDate.of(2004, 12, 10).plusDays(120));
        assertThat(denials.get(denial.id()).appealLevel()).isEqualTo(2);

        fileAppeal(denial.id(), "2004-12-15");
        driver.complete(denial.id(), "record-appeal-decision", "arthur", "appealDecision", "UPHELD",
                "decidedOn", "2005-01-20");

        assertThat(driver.instance(denial)).isNull();
        assertThat(denials.get(denial.id()).outcome()).isEqualTo("UPHELD_ON_APPEAL");
        assertThat(driver.auditActions(denial.id())).containsSubsequence("APPEAL_OPENED", "APPEAL_SUBMITTED",
                "APPEAL_DECIDED", "APPEAL_ESCALATED", "APPEAL_OPENED", "APPEAL_DECIDED", "APPEAL_NOT_ESCALATED",
                "DENIAL_CLOSED");
    }

    @Test
    void anUpheldAppealStopsWhenTheNextWindowHasClosed() {
        Denial denial = driver.importDenial("LCWIN", "CO-50", null, "MC");
        driver.complete(denial.id(), "review-documentation", "claire", "documentationDecision", "APPEAL",
                "note", "Records support medical necessity");
        fileAppeal(denial.id(), "2004-11-20");
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2005, 6, 1).atStartOfDay(ZONE).toInstant()));
        // decided in December, entered in June: the state hearing's 120 days have run out
        driver.complete(denial.id(), "record-appeal-decision", "arthur", "appealDecision", "UPHELD",
                "decidedOn", "2004-12-10");

        assertThat(denials.get(denial.id()).outcome()).isEqualTo("UPHELD_ON_APPEAL");
        assertThat(work.findAppeal(denial.id(), 2)).isEmpty();
        assertThat(jdbc.sql("select details from audit_entry where subject_id = ? and action = 'APPEAL_NOT_ESCALATED'")
                .param(denial.id()).query(String.class).single()).contains("closed on 2005-04-09");
    }

    @Test
    void anUpheldAppealStopsWhenTheAmountInControversyIsBelowTheNextLevelsMinimum() {
        Denial denial = driver.importDenial("LCAMT", "CO-50", null, "MB");
        jdbc.sql("update denial set amount_at_risk = 150 where id = ?").param(denial.id()).update();
        driver.complete(denial.id(), "review-documentation", "claire", "documentationDecision", "APPEAL");
        fileAppeal(denial.id(), "2004-11-20");
        driver.complete(denial.id(), "record-appeal-decision", "arthur", "appealDecision", "UPHELD",
                "decidedOn", "2004-12-10");
        assertThat(work.findAppeal(denial.id(), 2).orElseThrow().levelName()).isEqualTo("Reconsideration (QIC)");
        fileAppeal(denial.id(), "2004-12-20");
        driver.complete(denial.id(), "record-appeal-decision", "arthur", "appealDecision", "UPHELD",
                "decidedOn", "2005-01-10");

        assertThat(denials.get(denial.id()).outcome()).isEqualTo("UPHELD_ON_APPEAL");
        assertThat(work.findAppeal(denial.id(), 3)).isEmpty();
        assertThat(jdbc.sql("select details from audit_entry where subject_id = ? and action = 'APPEAL_NOT_ESCALATED'")
                .param(denial.id()).query(String.class).single()).contains("below the minimum of 190");
    }

    @Test
    void followUpsComeEveryIntervalAndAPaymentOverturnsTheAppeal() {
        Denial denial = driver.importDenial("LCFUP", "CO-50", null, "MC");
        driver.complete(denial.id(), "review-documentation", "claire", "documentationDecision", "APPEAL");
        fileAppeal(denial.id(), "2004-11-05");
        Task decision = driver.task(denial.id(), "record-appeal-decision");
        assertThat(decision.getDueDate()).isEqualTo(Date.from(LocalDate.of(2004, 11, 5).plusDays(30).atStartOfDay(ZONE)
                .toInstant()));

        Date first = driver.fireTimer(denial.id(), "follow-up-due");
        assertThat(driver.openTaskKeys(denial.id())).containsExactlyInAnyOrder("record-appeal-decision", "follow-up-appeal");
        driver.complete(denial.id(), "follow-up-appeal", "arthur", "contactName", "Portal", "payerStatus", "IN_REVIEW",
                "note", "In review, no decision yet");
        Date second = driver.fireTimer(denial.id(), "follow-up-due");
        assertThat(second.getTime() - first.getTime()).isEqualTo(30L * 24 * 3600 * 1000);
        assertThat(driver.openTaskKeys(denial.id())).contains("follow-up-appeal");
        assertThat(work.findAppeal(denial.id(), 1).orElseThrow().followUps()).isEqualTo(1);

        driver.pay("LCFUP", "915.39");

        assertThat(driver.instanceIds(denial.id())).isEmpty();
        assertThat(denials.get(denial.id()).outcome()).isEqualTo("OVERTURNED_ON_APPEAL");
        DenialWork.Appeal appeal = work.findAppeal(denial.id(), 1).orElseThrow();
        assertThat(appeal.decision()).isEqualTo("OVERTURNED");
        assertThat(appeal.recoveredAmount()).isEqualByComparingTo("915.39");
    }

    @Test
    void remindersRaiseThePriorityAndAMissedDeadlineGoesToTheSupervisors() {
        Denial denial = driver.importDenial("LCDUE", "CO-16", null, "MC");
        Task before = driver.task(denial.id(), "correct-claim");
        Date firstReminder = driver.fireTimer(denial.id(), "deadline-reminder-1");
        LocalDate deadline = denials.get(denial.id()).deadline();
        assertThat(firstReminder).isEqualTo(Date.from(deadline.minusDays(14).atStartOfDay(ZONE).toInstant()));
        assertThat(driver.task(denial.id(), "correct-claim").getPriority())
                .isEqualTo(Math.min(100, before.getPriority() + RemindDeadlineDelegate.PRIORITY_RAISE));
        assertThat(driver.auditActions(denial.id())).contains("DEADLINE_REMINDER");
        driver.fireTimer(denial.id(), "deadline-reminder-2");
        driver.fireTimer(denial.id(), "deadline-reminder-3");
        assertThat(driver.auditActions(denial.id()).stream().filter("DEADLINE_REMINDER"::equals)).hasSize(3);

        driver.fireTimer(denial.id(), "deadline-missed");
        assertThat(driver.openTaskKeys(denial.id())).containsExactly("decide-missed-deadline");
        assertThat(candidateGroups(driver.task(denial.id(), "decide-missed-deadline"))).containsExactly("supervisors");
        String newDeadline = deadline.plusDays(20).toString();
        driver.complete(denial.id(), "decide-missed-deadline", "sofia", "lateDecision", "RESUME", "newDeadline",
                newDeadline, "note", "Payer granted an extension by phone");

        assertThat(denials.get(denial.id()).deadline()).isEqualTo(deadline.plusDays(20));
        Task again = driver.task(denial.id(), "correct-claim");
        assertThat(again.getDueDate()).isEqualTo(Date.from(deadline.plusDays(20).atStartOfDay(ZONE).toInstant()));
        driver.fireTimer(denial.id(), "deadline-missed");
        driver.complete(denial.id(), "decide-missed-deadline", "sofia", "lateDecision", "WRITE_OFF",
                "note", "No proof of timely filing");

        Denial closed = denials.get(denial.id());
        assertThat(closed.outcome()).isEqualTo("DEADLINE_MISSED");
        assertThat(jdbc.sql("select write_off_reason from denial where id = ?").param(denial.id()).query(String.class)
                .single()).isEqualTo("DEADLINE_MISSED");
    }

    @Test
    void aWriteOffAboveTheThresholdWaitsForASupervisorWhoMaySendItBack() {
        Denial denial = driver.importDenial("LCAPP", "CO-97", null, "MC");
        jdbc.sql("update denial set amount_at_risk = 2500 where id = ?").param(denial.id()).update();
        driver.complete(denial.id(), "review-coding", "carlos", "codingDecision", "ACCEPT", "note", "Bundling is right");
        assertThat(candidateGroups(driver.task(denial.id(), "write-off-denial"))).containsExactly("coding");
        driver.complete(denial.id(), "write-off-denial", "carlos", "writeOffReason", "CODING_ACCEPTED", "note", "NCCI edit");

        assertThat(driver.stage(denial.id())).isEqualTo("WRITE_OFF_APPROVAL");
        driver.complete(denial.id(), "approve-write-off", "sofia", "approvalDecision", "REJECT", "route", "CORRECTION",
                "team", "BILLING", "note", "Try a corrected claim with modifier 59 first");
        assertThat(candidateGroups(driver.task(denial.id(), "correct-claim"))).containsExactly("billing");
        driver.complete(denial.id(), "correct-claim", "beatrice", "resolution", "WRITE_OFF");
        driver.complete(denial.id(), "write-off-denial", "beatrice", "writeOffReason", "CODING_ACCEPTED", "note", "Payer refuses 59");
        driver.complete(denial.id(), "approve-write-off", "sofia", "approvalDecision", "APPROVE", "note", "Agreed");

        assertThat(denials.get(denial.id()).outcome()).isEqualTo("WRITTEN_OFF");
        assertThat(driver.auditActions(denial.id())).containsSubsequence("WRITE_OFF_REQUESTED", "WRITE_OFF_REFUSED",
                "WRITE_OFF_REQUESTED", "WRITE_OFF_APPROVED", "DENIAL_CLOSED");
    }

    @Test
    void aWriteOffWithinTheThresholdClosesWithoutApproval() {
        Denial denial = driver.importDenial("LCWOF", "CO-29", null, "MB");
        assertThat(denials.get(denial.id()).recommendedAction()).isEqualTo("WRITE_OFF");
        assertThat(driver.openTaskKeys(denial.id())).containsExactly("write-off-denial");
        driver.complete(denial.id(), "write-off-denial", "arthur", "writeOffReason", "TIMELY_FILING",
                "note", "Medicare timely filing is not appealable");
        assertThat(denials.get(denial.id()).outcome()).isEqualTo("WRITTEN_OFF");
        assertThat(historyService.createHistoricTaskInstanceQuery().taskDefinitionKey("approve-write-off")
                .processInstanceBusinessKey(String.valueOf(denial.id())).count()).isZero();
    }

    @Test
    void unknownCodesGoToTheSupervisorsWhoRouteThemByHand() {
        Denial denial = driver.importDenial("LCUNK", "CO-Z9", null, "MC");
        assertThat(denials.get(denial.id()).category()).isEqualTo("UNKNOWN");
        assertThat(candidateGroups(driver.task(denial.id(), "route-by-hand"))).containsExactly("supervisors");
        driver.complete(denial.id(), "route-by-hand", "sofia", "route", "CORRECTION", "team", "FRONT_OFFICE",
                "note", "Eligibility: other coverage on file");
        assertThat(candidateGroups(driver.task(denial.id(), "correct-claim"))).containsExactly("front-office");
        driver.complete(denial.id(), "correct-claim", "fiona", "resolution", "BILLED_TO_OTHER_PAYER");
        assertThat(denials.get(denial.id()).outcome()).isEqualTo("BILLED_TO_OTHER_PAYER");
        assertThat(denials.get(denial.id()).team()).isEqualTo("FRONT_OFFICE");
    }

    @Test
    void aMedicareDuplicateIsReopenedAndAPartialPaymentAfterwardsClosesIt() {
        Denial denial = driver.importDenial("LCREO", "CO-18", null, "MB");
        assertThat(candidateGroups(driver.task(denial.id(), "request-reopening"))).containsExactly("billing");
        driver.complete(denial.id(), "request-reopening", "beatrice", "submittedOn", "2004-11-04", "channel", "PORTAL",
                "reference", "RO-1234");
        assertThat(work.correctionsOfDenial(denial.id())).singleElement()
                .satisfies(c -> assertThat(c.note()).startsWith("Reopening requested"));
        driver.pay("LCREO", "400.00");
        assertThat(denials.get(denial.id()).outcome()).isEqualTo("RECOVERED_IN_PART");
    }

    @Test
    void anAppealNotFiledInTimeGoesToTheSupervisors() {
        Denial denial = driver.importDenial("LCAMS", "CO-50", null, "MC");
        driver.complete(denial.id(), "review-documentation", "claire", "documentationDecision", "APPEAL");
        driver.fireTimer(denial.id(), "appeal-reminder-1");
        driver.fireTimer(denial.id(), "appeal-reminder-2");
        driver.fireTimer(denial.id(), "appeal-reminder-3");
        driver.fireTimer(denial.id(), "appeal-deadline-missed");
        assertThat(driver.openTaskKeys(denial.id())).containsExactly("decide-missed-deadline");
        driver.complete(denial.id(), "decide-missed-deadline", "sofia", "lateDecision", "RESUME",
                "newDeadline", LocalDate.now(ClockUtil.getCurrentTime().toInstant().atZone(ZONE).getZone())
                        .plusDays(10).toString(), "note", "Good cause: records delayed by the hospital");
        assertThat(driver.openTaskKeys(denial.id())).containsExactly("prepare-appeal-packet");
        assertThat(work.appeals(denial.id())).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo("PREPARING"));
    }

    @Test
    void aRejectionIsCorrectedAndClosedWhenTheClaimIsAccepted() {
        byte[] rejected = Samples.text("Project-Herophilus-Assets__277CA_Sample_Rejected_.txt")
                .replace("3920394930203", "3920394930203LCREJ").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var result = imports.importFile("ack.277", rejected, org.denialflow.ingest.ImportChannel.UPLOAD, "beatrice");
        long rejectionId = jdbc.sql("select id from rejection where import_id = ?").param(result.importId())
                .query(Long.class).single();
        Task task = driver.task(rejectionId, "correct-rejected-claim");
        assertThat(candidateGroups(task)).containsExactly("billing");
        assertThat(task.getName()).startsWith("Correct and resubmit rejected claim");
        driver.complete(rejectionId, "correct-rejected-claim", "beatrice", "correctedClaimNumber", "CLM-2",
                "frequencyCode", "1", "submittedOn", "2011-03-15");
        assertThat(work.correctionsOfRejection(rejectionId)).hasSize(1);

        driver.fireTimer(rejectionId, "acceptance-overdue");
        driver.complete(rejectionId, "decide-rejection-past-limit", "sofia", "rejectionDecision", "WRITE_OFF",
                "note", "Beyond the limit, no proof");
        assertThat(jdbc.sql("select status || ':' || outcome from rejection where id = ?").param(rejectionId)
                .query(String.class).single()).isEqualTo("CLOSED:WRITTEN_OFF");
    }

    @Test
    void aPayerThatNeverAnswersTheCorrectedClaimComesToTheSupervisors() {
        Denial denial = driver.importDenial("LCNOA", "CO-16", null, "MC");
        driver.complete(denial.id(), "correct-claim", "beatrice", "resolution", "RESUBMITTED",
                "correctedClaimNumber", "X1", "frequencyCode", "7", "submittedOn", "2004-11-03");
        driver.fireTimer(denial.id(), "answer-overdue");
        driver.complete(denial.id(), "decide-missed-deadline", "sofia", "lateDecision", "RESUME",
                "newDeadline", "2005-03-01", "note", "Payer lost it: resend");
        assertThat(driver.openTaskKeys(denial.id())).containsExactly("correct-claim");
    }

    @Test
    void anAppealOverturnedOrPartlyOverturnedByTheUserClosesTheDenial() {
        Denial full = driver.importDenial("LCOVF", "CO-50", null, "MC");
        driver.complete(full.id(), "review-documentation", "claire", "documentationDecision", "APPEAL");
        fileAppeal(full.id(), "2004-11-20");
        driver.complete(full.id(), "record-appeal-decision", "arthur", "appealDecision", "OVERTURNED",
                "decidedOn", "2004-12-10", "recoveredAmount", 915.39);
        assertThat(denials.get(full.id()).outcome()).isEqualTo("OVERTURNED_ON_APPEAL");
        assertThat(work.findAppeal(full.id(), 1).orElseThrow().recoveredAmount()).isEqualByComparingTo("915.39");

        Denial part = driver.importDenial("LCOVP", "CO-50", null, "MC");
        driver.complete(part.id(), "review-documentation", "claire", "documentationDecision", "APPEAL");
        fileAppeal(part.id(), "2004-11-20");
        driver.complete(part.id(), "record-appeal-decision", "arthur", "appealDecision", "PARTIALLY_OVERTURNED",
                "decidedOn", "2004-12-10", "recoveredAmount", "400.00");
        assertThat(denials.get(part.id()).outcome()).isEqualTo("PARTLY_OVERTURNED_ON_APPEAL");
    }

    @Test
    void aPendedClaimIsNotADenialAndClosesAtOnce() {
        Denial denial = driver.importDenial("LCPND", "CO-133", null, "MC");
        assertThat(denials.get(denial.id()).category()).isEqualTo("NOT_A_DENIAL");
        assertThat(denials.get(denial.id()).outcome()).isEqualTo("NOT_A_DENIAL");
        assertThat(driver.instanceIds(denial.id())).isEmpty();
    }

    @Test
    void aRejectionAcceptedWhileBeingCorrectedOrAfterItsResubmissionCloses() {
        long first = rejection("LCRA1");
        imports.importFile("ack-ok.277", acceptance("LCRA1"), org.denialflow.ingest.ImportChannel.UPLOAD, "beatrice");
        assertThat(rejectionStatus(first)).isEqualTo("CLOSED:ACCEPTED");

        long second = rejection("LCRA2");
        driver.fireTimer(second, "filing-limit-reached");
        driver.complete(second, "decide-rejection-past-limit", "sofia", "rejectionDecision", "RESUBMIT",
                "newDeadline", "2011-09-01", "note", "Proof of timely filing on file");
        driver.complete(second, "correct-rejected-claim", "beatrice", "correctedClaimNumber", "CLM-3",
                "frequencyCode", "1", "submittedOn", "2011-08-01");
        imports.importFile("ack-ok2.277", acceptance("LCRA2"), org.denialflow.ingest.ImportChannel.UPLOAD, "beatrice");
        assertThat(rejectionStatus(second)).isEqualTo("CLOSED:ACCEPTED");
    }

    private long rejection(String tag) {
        byte[] rejected = Samples.text("Project-Herophilus-Assets__277CA_Sample_Rejected_.txt")
                .replace("3920394930203", "3920394930203" + tag).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var result = imports.importFile("ack-" + tag + ".277", rejected, org.denialflow.ingest.ImportChannel.UPLOAD,
                "beatrice");
        return jdbc.sql("select id from rejection where import_id = ?").param(result.importId()).query(Long.class).single();
    }

    private static byte[] acceptance(String tag) {
        return Samples.text("Project-Herophilus-Assets__277CA_Sample_Rejected_.txt")
                .replace("3920394930203", "3920394930203" + tag)
                .replace("STC*A7|562|85*20110311", "STC*A2|20*20110318")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private String rejectionStatus(long rejectionId) {
        return jdbc.sql("select status || ':' || outcome from rejection where id = ?").param(rejectionId)
                .query(String.class).single();
    }

    @Test
    void aBillingUserUploadsOverRestAndReadsTheDenialAndItsAuditTrail() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(LifecycleDriver.remittance("LCRST", "CO-16", null, "MC")) {
            @Override
            public String getFilename() {
                return "remit.835";
            }
        });
        ResponseEntity<Map> upload = rest.withBasicAuth("beatrice", "demo").postForEntity("/api/imports",
                new HttpEntity<>(body, headers), Map.class);
        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long importId = ((Number) upload.getBody().get("importId")).longValue();
        long denialId = jdbc.sql("select id from denial where import_id = ?").param(importId).query(Long.class).single();

        ResponseEntity<Map> detail = rest.withBasicAuth("beatrice", "demo").getForEntity("/api/denials/" + denialId, Map.class);
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<?>) detail.getBody().get("adjustments")).isNotEmpty();
        assertThat(detail.getBody().get("stage")).isEqualTo("CORRECTION");
        ResponseEntity<List> audit = rest.withBasicAuth("beatrice", "demo").getForEntity("/api/denials/" + denialId + "/audit",
                List.class);
        assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(audit.getBody()).isNotEmpty();
        assertThat(rest.withBasicAuth("beatrice", "demo").getForEntity("/api/denials/999999", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void fileAppeal(long denialId, String submittedOn) {
        driver.complete(denialId, "prepare-appeal-packet", "arthur", "documents", "letter, records");
        driver.complete(denialId, "submit-appeal", "arthur", "channel", "PORTAL", "submittedOn", submittedOn,
                "reference", "APL-" + denialId);
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
