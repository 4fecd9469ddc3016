package org.denialflow.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * What {@code ./mvnw spring-boot:run} does on a fresh machine: the demo loads its work at start,
 * and every team finds tasks in Tasklist. A demo file that the processes cannot take stops the
 * application, so this test starting at all is half the check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Its own engine name, so /engine-rest in the other tests' shared context still finds theirs.
        properties = {"denialflow.demo.load-work=true", "camunda.bpm.process-engine-name=demo-work-test"})
@ActiveProfiles("test")
class DemoWorkTest {

    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fillsEveryTeamsQueueWithoutIncidents() {
        assertThat(jdbc.sql("select count(*) from import_file where channel = 'DEMO' and status <> 'IMPORTED'")
                .query(Long.class).single()).isZero();
        for (String team : new String[] {"billing", "coding", "front-office", "cdi", "appeals"}) {
            assertThat(taskService.createTaskQuery().taskCandidateGroup(team).count()).as(team).isPositive();
        }
        assertThat(runtimeService.createIncidentQuery().count()).isZero();
        assertThat(managementService.createJobQuery().withException().count()).isZero();
    }
}
