package org.denialflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.denialflow.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A team's Tasklist count must read each task's grant through the authorization index, not join every task
 * with every grant of the team: that join grows with the square of the queue (7-9 s at 9,000 tasks, see
 * ADR 0008). The statement is the engine's own count of a candidate-group filter (TaskEntity
 * selectTaskCountByQueryCriteria as the engine logs it), planned on one of the application's connections
 * after the statistics are fresh and after enough executions that PostgreSQL would switch to a generic plan.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskCountPlanIT {

    static final String GROUP = "plan-probe-team";
    static final String USER = "plan-probe-user";
    static final int TASKS = 1_500;

    static final String ENGINE_COUNT = """
            prepare team_count(text, text, int, int, int, int, int, int, text) as
            SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES
              left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
              left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
              left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2
                          AND ( A.USER_ID_ in ( $1, '*') OR A.GROUP_ID_ IN ( $2 ) )
                          AND ( ( A.RESOURCE_TYPE_ = $3 AND A.PERMS_ & $4 = $5
                               OR A.RESOURCE_TYPE_ = $6 AND A.PERMS_ & $7 = $8 ) ) ) AUTH
                on (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
             WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( $9 ) ) ) )
               and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )
               and (RES.TENANT_ID_ is null ) ) countDistinct""";
    static final String EXECUTE = "execute team_count('" + USER + "', '" + GROUP + "', 7, 2, 2, 6, 64, 64, '" + GROUP + "')";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    FilterService filterService;

    @Autowired
    IdentityService identityService;

    @Autowired
    PlatformTransactionManager transactionManager;

    private Deployment deployment;

    @BeforeAll
    void aTeamWithALongQueue() {
        deployment = repositoryService.createDeployment().name("plan-probe").addModelInstance("plan-probe.bpmn",
                Bpmn.createExecutableProcess("plan-probe").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("work").camundaCandidateGroups(GROUP).endEvent().done()).deploy();
        // one transaction: the engine's commands join it, so the queue is written without a commit per task
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (int i = 0; i < TASKS; i++) {
                runtimeService.startProcessInstanceByKey("plan-probe");
            }
        });
        // what autovacuum does after such a change (ANALYZE also builds the extended statistics)
        jdbc.execute("analyze act_ru_task, act_ru_identitylink, act_ru_authorization, act_re_procdef");
    }

    @AfterAll
    void removeTheQueue() {
        repositoryService.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void theCountReadsEachTasksGrantByIndexEvenAfterThePlanCacheWouldTurnGeneric() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(ENGINE_COUNT);
            String plan = "";
            for (int i = 0; i < 7; i++) {
                plan = explain(statement);
            }
            assertThat(count(statement)).isEqualTo(TASKS);

            assertThat(plan).contains("act_idx_auth_resource_id").doesNotContain("Materialize");
            statement.execute("deallocate team_count");
        }
    }

    @Test
    void theTeamsFilterCountsItsQueueThroughTheEngine() {
        Filter filter = filterService.newTaskFilter("plan probe").setOwner(USER)
                .setQuery(taskService.createTaskQuery().taskCandidateGroup(GROUP).includeAssignedTasks());
        filterService.saveFilter(filter);
        try {
            identityService.setAuthentication(USER, java.util.List.of(GROUP));
            assertThat(filterService.count(filter.getId())).isEqualTo(TASKS);
        } finally {
            identityService.clearAuthentication();
            filterService.deleteFilter(filter.getId());
        }
    }

    private static String explain(Statement statement) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = statement.executeQuery("explain " + EXECUTE)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static long count(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(EXECUTE)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
