package org.denialflow.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * Evaluates the tables with a standalone {@link DmnEngine}, without a process engine or database: for tests and
 * tools. The models are read from the classpath ({@code decisions/*.dmn}, where the build copies the top-level
 * {@code decisions/} folder).
 */
public class StandaloneDecisionEvaluator implements DecisionEvaluator {

    /** The decision files of this project, as classpath resources. */
    public static final List<String> DEFAULT_RESOURCES = List.of(
            "decisions/denial-categorization.dmn",
            "decisions/denial-priority.dmn",
            "decisions/appeal-window.dmn",
            "decisions/timely-filing.dmn");

    private final DmnEngine engine;
    private final Map<String, DmnDecision> decisions = new HashMap<>();
    private final Map<String, DecisionRef> refs = new HashMap<>();

    public StandaloneDecisionEvaluator() {
        this(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(), DEFAULT_RESOURCES);
    }

    public StandaloneDecisionEvaluator(DmnEngine engine, List<String> classpathResources) {
        this.engine = engine;
        ClassLoader loader = StandaloneDecisionEvaluator.class.getClassLoader();
        for (String resource : classpathResources) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("Decision resource not on the classpath: " + resource);
                }
                add(resource, Dmn.readModelFromStream(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Adds (or replaces) the decisions of one model, e.g. a table changed in a test. */
    public final void add(String source, DmnModelInstance model) {
        for (DmnDecision decision : engine.parseDecisions(model)) {
            decisions.put(decision.getKey(), decision);
        }
        for (Decision element : model.getModelElementsByType(Decision.class)) {
            refs.put(element.getId(), new DecisionRef(element.getId(), source + "#" + element.getId(), null,
                    element.getVersionTag()));
        }
    }

    @Override
    public Evaluation evaluate(String decisionKey, Map<String, Object> variables) {
        DmnDecision decision = decisions.get(decisionKey);
        if (decision == null) {
            throw new IllegalArgumentException("No decision with key " + decisionKey);
        }
        DmnDecisionResult result = engine.evaluateDecision(decision, variables);
        List<Map<String, Object>> rows = new ArrayList<>();
        result.forEach(entries -> rows.add(new HashMap<>(entries.getEntryMap())));
        return new Evaluation(rows, refs.get(decisionKey));
    }
}
