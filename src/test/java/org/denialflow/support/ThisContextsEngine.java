package org.denialflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The Camunda REST API finds its engine by name in a JVM-wide registry. Every Spring test context
 * registers an engine named "default" there, so the context started last would answer
 * {@code /engine-rest} for all of them: before each test, this test's context takes the name back.
 */
public class ThisContextsEngine implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ProcessEngines.registerProcessEngine(
                SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
    }
}
