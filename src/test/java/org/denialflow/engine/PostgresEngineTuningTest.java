package org.denialflow.engine;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

/** On H2 (the embedded default) the step leaves the engine's tables alone. */
class PostgresEngineTuningTest {

    @Test
    void doesNotTouchTheDatabaseOutsidePostgresql() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setDatabaseType("h2");
        PostgresEngineTuning indexes = new PostgresEngineTuning();

        indexes.postInit(configuration);

        // Without a data source, any statement would fail: on H2 none is run.
        assertThatCode(() -> indexes.postProcessEngineBuild(null)).doesNotThrowAnyException();
    }
}
