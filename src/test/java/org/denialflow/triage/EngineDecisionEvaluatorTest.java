package org.denialflow.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tables deployed in a real (in-memory) process engine: the result names the deployed version, and a table
 * changed and redeployed, as a process owner does from Camunda Modeler, takes effect on the next call.
 */
class EngineDecisionEvaluatorTest {

    static ProcessEngine engine;

    @BeforeAll
    static void start() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:triage-dmn;DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .buildProcessEngine();
        var deployment = engine.getRepositoryService().createDeployment().name("triage-test");
        for (String resource : StandaloneDecisionEvaluator.DEFAULT_RESOURCES) {
            deployment.addClasspathResource(resource);
        }
        deployment.deploy();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    TriageDecisions decisions() {
        return new TriageDecisions(new EngineDecisionEvaluator(engine.getDecisionService(),
                engine.getRepositoryService()), Clock.systemUTC(), null);
    }

    @Test
    void allTablesDeployAndAnswer() {
        TriageDecisions decisions = decisions();
        Categorization c = decisions.categorize(new CategorizationInput("CO", "16", List.of("MA130"),
                PayerProgram.MEDICARE, "MB"));
        assertThat(c.team()).isEqualTo("BILLING");
        assertThat(c.appealable()).isFalse();
        assertThat(c.decision().version()).isPositive();
        assertThat(c.decision().versionTag()).isNotBlank();
        assertThat(c.decision().definitionId()).startsWith("denial-categorization:");
        assertThat(decisions.prioritize(new PriorityInput(java.math.BigDecimal.valueOf(30000), 3, "CLINICAL", 0.9))
                .tier()).isEqualTo("CRITICAL");
        assertThat(decisions.appealWindow(AppealWindowInput.of(PayerProgram.MEDICARE, 1))).isPresent();
        assertThat(decisions.filingWindow(FilingWindowInput.of(PayerProgram.MEDICARE, SubmissionKind.ORIGINAL,
                NetworkStatus.IN)).limitDays()).isEqualTo(365);
    }

    @Test
    void redeployedTableTakesEffectWithoutRestart() throws Exception {
        TriageDecisions decisions = decisions();
        Categorization before = decisions.categorize(CategorizationInput.of("CO", "242", "CI"));
        assertThat(before.team()).isEqualTo("CONTRACTING");

        String model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("decisions/denial-categorization.dmn")) {
            model = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        // a process owner sends out-of-network denials to APPEALS instead and bumps the version tag
        String changed = model
                .replace("<text>\"24\",\"242\",\"256\"</text>", "<text>\"24\",\"256\"</text>")
                .replace("<text>\"29\"</text>\n        </inputEntry>\n        <inputEntry id=\"Rule_denial_categorization_timely_filing_in1\">",
                        "<text>\"29\",\"242\"</text>\n        </inputEntry>\n        <inputEntry id=\"Rule_denial_categorization_timely_filing_in1\">")
                .replace("camunda:versionTag=\"1.0\">\n    <description>Category", "camunda:versionTag=\"1.1\">\n    <description>Category");
        assertThat(changed).isNotEqualTo(model);
        RepositoryService repository = engine.getRepositoryService();
        repository.createDeployment().name("from-modeler")
                .addInputStream("denial-categorization.dmn", new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)))
                .deploy();

        Categorization after = decisions.categorize(CategorizationInput.of("CO", "242", "CI"));
        assertThat(after.team()).isEqualTo("APPEALS");
        assertThat(after.decision().version()).isEqualTo(before.decision().version() + 1);
        assertThat(after.decision().versionTag()).isEqualTo("1.1");
    }
}
