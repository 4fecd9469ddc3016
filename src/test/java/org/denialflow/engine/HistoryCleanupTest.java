package org.denialflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.denialflow.support.H2ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The engine's history cleanup as ADR 0002 and docs/guide/operations.md describe it: scheduled in the
 * nightly window, removal-time based, one thread; it removes finished instances past their time to
 * live and never touches DenialFlow's own audit trail. Its own context: the cleanup it runs removes
 * every expired instance in the database, which other test classes' data must not be exposed to.
 */
@H2ApplicationTest
@TestPropertySource(properties = "denialflow.test.context=history-cleanup")
class HistoryCleanupTest {

    private static final long SUBJECT = 990_001L;

    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void cleanupRunsOneThreadInTheNightlyWindowByRemovalTime() {
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getHistoryCleanupStrategy())
                .isEqualTo(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        assertThat(configuration.getHistoryCleanupDegreeOfParallelism()).isEqualTo(1);
        assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();

        List<Job> jobs = historyService.findHistoryCleanupJobs();
        assertThat(jobs).as("the engine scheduled its cleanup").hasSize(1);
        LocalTime due = jobs.get(0).getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
        assertThat(due).as("due inside the window").isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
    }

    @Test
    void cleanupRemovesExpiredHistoryButKeepsTheBusinessAuditTrail() {
        repositoryService.createDeployment().name("cleanup-check").addModelInstance("cleanup-check.bpmn",
                Bpmn.createExecutableProcess("cleanup-check").camundaHistoryTimeToLive(1).startEvent().endEvent().done())
                .deploy();
        String instance = runtimeService.startProcessInstanceByKey("cleanup-check", String.valueOf(SUBJECT)).getId();
        audit.record(Subject.DENIAL, SUBJECT, Action.of("CLEANUP_CHECK", AuditTrail.SYSTEM));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isOne();

        // Two days later the instance is past its one-day time to live; run the cleanup now, as at 01:00.
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2))));
        managementService.executeJob(historyService.cleanUpHistoryAsync(true).getId());

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).count())
                .as("the engine's history of the instance is gone").isZero();
        assertThat(audit.of(Subject.DENIAL, SUBJECT)).extracting(AuditTrail.Entry::action)
                .as("the audit trail outlives it").containsExactly("CLEANUP_CHECK");
    }
}
