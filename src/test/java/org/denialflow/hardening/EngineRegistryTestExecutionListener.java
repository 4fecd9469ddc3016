package org.denialflow.hardening;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test method, puts the test's own process engine back in Camunda's JVM-wide engine
 * registry, which the REST API ({@code /engine-rest}) reads. Test classes with different
 * configurations (an H2 context, a PostgreSQL context, a command-line run) each start an engine
 * named {@code default} in the same JVM; the last one started, or the closing of one, decides which
 * engine the registry holds, so a test's REST calls could reach another context's database (or no
 * engine at all). Registered for every test in META-INF/spring.factories.
 */
public class EngineRegistryTestExecutionListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
        }
    }
}
