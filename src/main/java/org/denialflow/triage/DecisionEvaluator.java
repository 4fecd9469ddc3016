package org.denialflow.triage;

import java.util.List;
import java.util.Map;

/** Evaluates a decision by key, through the process engine or a standalone DMN engine. */
public interface DecisionEvaluator {

    Evaluation evaluate(String decisionKey, Map<String, Object> variables);

    /** The matched rows (one map of output name to value per row) and the decision that produced them. */
    record Evaluation(List<Map<String, Object>> rows, DecisionRef decision) {
        public Map<String, Object> single() {
            return rows.isEmpty() ? null : rows.get(0);
        }
    }
}
