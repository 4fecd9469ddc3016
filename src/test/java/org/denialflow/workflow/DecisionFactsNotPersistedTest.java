package org.denialflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.denialflow.triage.DecisionVariables.*;
import static org.denialflow.workflow.LifecycleDriver.SAMPLE_TODAY;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.denialflow.ingest.ImportService;
import org.denialflow.support.H2ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The decision tables' input facts, and the outputs nothing reads after the process waits, live only while the
 * tables are evaluated: they are transient, so neither act_ru_variable nor act_hi_varinst gets a row for them.
 * The tables must still see them, which the routing, the ledger and the audit trail show.
 */
@H2ApplicationTest
class DecisionFactsNotPersistedTest {

    /** Needed only until the first wait state after the tables; the ledger keeps what they decided. */
    static final List<String> DECISION_ONLY = List.of(
            // denial-categorization inputs and the outputs the route is made of
            GROUP_CODE, CARC, RARCS, PAYER_PROGRAM, CLAIM_FILING_INDICATOR,
            SUBCATEGORY, RECOMMENDED_ACTION, APPEALABLE,
            // denial-priority inputs and the tier (the priority itself stays: Tasklist sorts by it)
            DAYS_LEFT, LIKELIHOOD_OF_SUCCESS, "priorityTier",
            // appeal-window inputs and the outputs the open-appeal-level delegate uses at once
            CLAIM_TYPE, PAYER_STATE, DECISION_DATE, PAYER_APPEAL_DAYS, PAYER_ID,
            DAYS_ALLOWED, ANCHOR, NEXT_LEVEL_NAME, MINIMUM_AMOUNT_IN_CONTROVERSY, FOLLOW_UP_INTERVAL_DAYS,
            ESCALATION_ALLOWED, AUTO_FORWARDED,
            // which rule the deadline came from: the ledger's deadline_kind
            "deadlineKind");

    @Autowired
    ImportService imports;
    @Autowired
    DenialRepository denials;
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
    void aTriagedDenialCarriesNoDecisionInputs() {
        Denial denial = driver.importDenial("DFCOR", "CO-16", null, "MC");
        ProcessInstance instance = driver.instance(denial);

        // the tables saw the facts: CO-16 is a technical denial the billing team corrects, prioritized by days left
        assertThat(instance).isWaitingAt("correct-claim");
        Denial triaged = denials.get(denial.id());
        assertThat(triaged.category()).isEqualTo("TECHNICAL");
        assertThat(triaged.subcategory()).isNotBlank();
        assertThat(triaged.team()).isEqualTo("BILLING");
        assertThat(triaged.priority()).isNotNull();
        assertThat(audit(denial.id(), "PRIORITIZED")).matches("Priority \\d+ \\(\\w+\\), -?\\d+ days left, route CORRECTION");

        List<String> runtime = runtimeNames(instance.getId());
        List<String> history = historyNames(instance.getId());
        System.out.printf("denial-lifecycle after triage: %d act_ru_variable rows %s, %d act_hi_varinst rows %s%n",
                runtime.size(), runtime, history.size(), history);
        assertThat(runtime).doesNotContainAnyElementsOf(DECISION_ONLY)
                .contains("denialId", "category", "team", "route", "candidateGroup", "taskPriority", "deadline",
                        "payerName", "claimNumber", "amountAtRisk", "denialReason");
        assertThat(history).doesNotContainAnyElementsOf(DECISION_ONLY);
    }

    @Test
    void anAppealLevelOpenedInTheSameTransactionCarriesNoDecisionInputs() {
        // CO-29 outside Medicare goes straight to the appeals team: triage and the first appeal level run at once
        Denial denial = driver.importDenial("DFAPL", "CO-29", null, "MC");
        ProcessInstance lifecycle = driver.instance(denial);
        assertThat(lifecycle).isWaitingAt("appeal-at-level");
        ProcessInstance level = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(denial.id())).processDefinitionKey(ProcessVariables.APPEAL_PROCESS)
                .singleResult();
        assertThat(level).isWaitingAt("prepare-appeal-packet");
        assertThat(driver.task(denial.id(), "prepare-appeal-packet").getName()).contains("(Medicaid appeal)");
        assertThat(audit(denial.id(), "APPEAL_OPENED")).startsWith("Medicaid appeal, file by ");

        List<ProcessInstance> instances = List.of(lifecycle, level);
        for (ProcessInstance instance : instances) {
            System.out.printf("%s at its first wait state: %d act_ru_variable rows %s, %d act_hi_varinst rows %s%n",
                    instance.getProcessDefinitionId(), runtimeNames(instance.getId()).size(),
                    runtimeNames(instance.getId()), historyNames(instance.getId()).size(),
                    historyNames(instance.getId()));
        }
        for (ProcessInstance instance : instances) {
            assertThat(runtimeNames(instance.getId())).as(instance.getProcessDefinitionId())
                    .doesNotContainAnyElementsOf(DECISION_ONLY);
            assertThat(historyNames(instance.getId())).as(instance.getProcessDefinitionId())
                    .doesNotContainAnyElementsOf(DECISION_ONLY);
        }
        // what the appeal level reads after it waits stays on it
        assertThat(runtimeNames(level.getId())).contains(LEVEL_NAME, EXPECTED_DECISION_DAYS, APPEAL_LEVEL,
                "followUpCycle", "appealDeadline");
    }

    @Test
    void anInstanceThatStillCarriesPersistedFactsOpensItsAppealLevel() {
        // an instance triaged before the facts became transient hands its persisted copies to the appeal level,
        // whose window facts then stay persisted where they already are and are transient otherwise
        Denial denial = driver.importDenial("DFOLD", "CO-50", null, "MC");
        ProcessInstance lifecycle = driver.instance(denial);
        runtimeService.setVariables(lifecycle.getId(), Map.of(PAYER_PROGRAM, "MEDICAID", CARC, "50",
                DAYS_LEFT, 80));
        driver.complete(denial.id(), "review-documentation", "claire", "documentationDecision", "APPEAL");

        assertThat(driver.task(denial.id(), "prepare-appeal-packet").getName()).contains("(Medicaid appeal)");
        ProcessInstance level = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(denial.id())).processDefinitionKey(ProcessVariables.APPEAL_PROCESS)
                .singleResult();
        assertThat(runtimeService.getVariable(level.getId(), PAYER_PROGRAM)).isEqualTo("MEDICAID");
        assertThat(runtimeNames(level.getId())).doesNotContain(PAYER_STATE, CLAIM_TYPE, DECISION_DATE, DAYS_ALLOWED);
    }

    private List<String> runtimeNames(String processInstanceId) {
        return runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstanceId).list().stream()
                .map(VariableInstance::getName).sorted().toList();
    }

    private List<String> historyNames(String processInstanceId) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list()
                .stream().map(HistoricVariableInstance::getName).sorted().toList();
    }

    private String audit(long denialId, String action) {
        return jdbc.sql("select details from audit_entry where subject_type = 'DENIAL' and subject_id = ? and action = ?")
                .param(denialId).param(action).query(String.class).single();
    }
}
