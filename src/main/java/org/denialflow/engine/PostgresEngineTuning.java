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
 * What the engine's own tables lack for DenialFlow's volume, added on PostgreSQL once the engine has
 * created its schema (Flyway runs before that, so these cannot be migrations). Idempotent: every node
 * runs it at every start. See docs/guide/operations.md "Database upkeep" and ADR 0008 for the measurements.
 *
 * <ul>
 *   <li>{@code denialflow_job_duedate}: the job executor acquires by due date
 *   ({@code jobExecutorAcquireByDueDate}); without it every acquisition scans all timer jobs, one
 *   per open deadline timer (four per open denial).</li>
 *   <li>{@code denialflow_authorization_check}: statistics over the columns and permission bits that every
 *   authorized task query filters authorizations by. Without them PostgreSQL estimates that a team
 *   holds one or a few task grants when it holds one per open task, and joins every task with every
 *   grant: a team's Tasklist count then grows with the square of its queue (7-9 s at 9,000 tasks).</li>
 * </ul>
 */
@Component
public class PostgresEngineTuning extends AbstractProcessEnginePlugin {

    static final List<String> STATEMENTS = List.of(
            "create index if not exists denialflow_job_duedate on act_ru_job (duedate_)",
            "create statistics if not exists denialflow_authorization_check (mcv) on type_, user_id_, group_id_,"
                    + " resource_type_, (perms_ & 2), (perms_ & 64) from act_ru_authorization");

    private static final Logger LOG = LoggerFactory.getLogger(PostgresEngineTuning.class);

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

    /** Creates what is missing. A node that loses a race with another node starting at once only logs it. */
    static void apply(DataSource dataSource) {
        for (String sql : STATEMENTS) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
                statement.execute(sql);
            } catch (SQLException e) {
                LOG.warn("Could not tune an engine table ({}): {}", sql, e.getMessage());
            }
        }
    }
}
