package org.denialflow.workflow;

import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Values a decision table reads, or gives, that nothing needs after the process next waits: they are set as
 * transient variables, which the business rule tasks, expressions and delegates of the same transaction see
 * and which are never written to act_ru_variable or act_hi_varinst. What the tables decided is kept in the
 * ledger; a later step that needs a fact reads it from there by the denial's id.
 *
 * <p>The models call it in a business rule task's output mapping:
 * {@code ${transientValue.of(decisionResult.getSingleResult().get('subcategory'))}} (an output mapping that
 * yields a transient value sets a transient variable).
 */
@Component("transientValue")
public class TransientValues {

    /** The value as a transient variable value, for an output mapping. */
    public TypedValue of(Object value) {
        return Variables.untypedValue(value, true);
    }

    /** Sets each value as a transient variable of the scope. */
    static void setAll(VariableScope scope, Map<String, ?> values) {
        values.forEach((name, value) -> set(scope, name, value));
    }

    /**
     * Sets a transient variable. Where a variable of that name is still persisted (an instance triaged before
     * these facts became transient, or its copy handed to an appeal level), its value is updated instead: the
     * engine refuses to turn a persisted variable into a transient one (ENGINE-17006), and that instance carries
     * it anyway.
     */
    static void set(VariableScope scope, String name, Object value) {
        TypedValue existing = scope.getVariableTyped(name, false);
        scope.setVariable(name, Variables.untypedValue(value, existing == null || existing.isTransient()));
    }
}
