package org.denialflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own tables lack for DenialFlow's volume, added on PostgreSQL once the engine
 * has created its schema (Flyway runs before that, so these cannot be migrations). Idempotent: every
 * node runs it at every start. See docs/guide/operations.md "Database upkeep" for the measurements.
 *
 * <ul>
 *   <li>{@code denialflow_job_duedate}: the job executor acquires by due date
 *   ({@code jobExecutorAcquireByDueDate}); without it every acquisition scans all timer jobs, one
 *   per open deadline timer (four per open denial).</li>
 * </ul>
 */
@Component
public class PostgresEngineIndexes extends AbstractProcessEnginePlugin {

    static final List<String> STATEMENTS = List.of(
            "create index if not exists denialflow_job_duedate on act_ru_job (duedate_)");

    private static final Logger LOG = LoggerFactory.getLogger(PostgresEngineIndexes.class);

    private DataSource dataSource;
    private boolean postgres;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        dataSource = configuration.getDataSource();
        postgres = "postgres".equals(configuration.getDatabaseType());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (postgres) {
            apply(dataSource);
        }
    }

    /** Creates the missing indexes. A node that loses a race with another node starting at once only logs it. */
    static void apply(DataSource dataSource) {
        for (String sql : STATEMENTS) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
                statement.execute(sql);
            } catch (SQLException e) {
                LOG.warn("Could not add an engine index ({}): {}", sql, e.getMessage());
            }
        }
    }
}
