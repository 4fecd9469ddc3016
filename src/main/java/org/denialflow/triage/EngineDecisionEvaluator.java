package org.denialflow.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * Evaluates the latest deployed version of a decision through the process engine. It looks the definition up first
 * and evaluates that exact id, so the version it reports is the one that answered, and a table redeployed from
 * Camunda Modeler takes effect on the next call without a restart.
 */
public class EngineDecisionEvaluator implements DecisionEvaluator {

    private final DecisionService decisionService;
    private final RepositoryService repositoryService;

    public EngineDecisionEvaluator(DecisionService decisionService, RepositoryService repositoryService) {
        this.decisionService = decisionService;
        this.repositoryService = repositoryService;
    }

    @Override
    public Evaluation evaluate(String decisionKey, Map<String, Object> variables) {
        DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey)
                .withoutTenantId()
                .latestVersion()
                .singleResult();
        if (definition == null) {
            throw new IllegalStateException("Decision " + decisionKey + " is not deployed");
        }
        DmnDecisionResult result = decisionService.evaluateDecisionById(definition.getId())
                .variables(variables)
                .evaluate();
        List<Map<String, Object>> rows = new ArrayList<>();
        result.forEach(entries -> rows.add(new HashMap<>(entries.getEntryMap())));
        return new Evaluation(rows, new DecisionRef(definition.getKey(), definition.getId(),
                definition.getVersion(), definition.getVersionTag()));
    }
}
