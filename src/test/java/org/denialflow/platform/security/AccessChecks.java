package org.denialflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpHeaders;

/** What the platform promises about access, checked through the REST API as real users would call it. */
abstract class AccessChecks {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;

    /** A one-task process routed by variable, so access is checked apart from the real models. */
    @BeforeEach
    void deployRoutedTask() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(ROUTED_TASK).camundaHistoryTimeToLive(1)
                .startEvent().userTask("work").camundaCandidateGroups("${candidateGroup}").endEvent().done();
        repositoryService.createDeployment().addModelInstance(ROUTED_TASK + ".bpmn", model)
                .enableDuplicateFiltering(true).name(ROUTED_TASK).deploy();
    }

    private static final String ROUTED_TASK = "access-check-routed-task";

    @Test
    void theEngineApiDemandsALogin() {
        assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // An unknown user: a wrong password for a real one would lock that account for a few seconds.
        assertThat(rest.withBasicAuth("mallory", "guess").getForEntity("/engine-rest/engine", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("beatrice", "demo").getForEntity("/engine-rest/engine", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aTeamSeesAndCompletesOnlyItsOwnTasks() {
        ProcessInstance forCoding = runtimeService.startProcessInstanceByKey(ROUTED_TASK,
                "access-check-" + System.nanoTime(), Map.of("candidateGroup", "coding"));
        Task codingTask = taskService.createTaskQuery().processInstanceId(forCoding.getId()).singleResult();

        assertThat(taskIdsVisibleTo("beatrice")).doesNotContain(codingTask.getId());
        assertThat(complete("beatrice", codingTask.getId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("beatrice", "demo")
                .getForEntity("/engine-rest/process-instance/" + forCoding.getId(), String.class)
                .getStatusCode().is2xxSuccessful()).isFalse();

        assertThat(taskIdsVisibleTo("carlos")).contains(codingTask.getId());
        assertThat(rest.withBasicAuth("carlos", "demo")
                .getForEntity("/engine-rest/process-instance/" + forCoding.getId(), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(complete("carlos", codingTask.getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(codingTask.getId()).count()).isZero();
    }

    @Test
    void supervisorsReadEveryTeamsWork() {
        ProcessInstance forBilling = runtimeService.startProcessInstanceByKey(ROUTED_TASK,
                "access-check-" + System.nanoTime(), Map.of("candidateGroup", "billing"));
        Task billingTask = taskService.createTaskQuery().processInstanceId(forBilling.getId()).singleResult();

        assertThat(taskIdsVisibleTo("sofia")).contains(billingTask.getId());
        assertThat(taskIdsVisibleTo("carlos")).doesNotContain(billingTask.getId());
    }

    @Test
    void onlyProcessOwnersDeployModels() {
        assertThat(deployments("pablo").getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> byBilling = rest.withBasicAuth("beatrice", "demo").exchange(
                "/engine-rest/deployment/create", HttpMethod.POST, emptyMultipart(), String.class);
        assertThat(byBilling.getStatusCode().is2xxSuccessful()).isFalse();
    }

    @Test
    void aTasklistLoginOpensReadsUnderApiButNoChanges() {
        String session = tasklistLogin("sofia", "demo");

        assertThat(withCookie(session, HttpMethod.GET, "/api/imports").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withCookie(session, HttpMethod.POST, "/api/imports/inbox").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(withCookie("JSESSIONID=forged", HttpMethod.GET, "/api/imports").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** Logs in the way the Tasklist page does: fetch the CSRF token, then post the credentials. */
    private String tasklistLogin(String user, String password) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        String csrf = page.getHeaders().getFirst("X-XSRF-TOKEN");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", csrf);
        headers.set(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList()));
        ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>("username=" + user + "&password=" + password, headers), String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        return login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(c -> c.split(";", 2)[0]).filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    }

    private ResponseEntity<String> withCookie(String cookie, HttpMethod method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, cookie);
        return rest.exchange(path, method, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> deployments(String user) {
        return rest.withBasicAuth(user, "demo").getForEntity("/engine-rest/deployment", String.class);
    }

    private static HttpEntity<String> emptyMultipart() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>("", headers);
    }

    private List<String> taskIdsVisibleTo(String user) {
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, "demo").exchange(
                "/engine-rest/task?maxResults=1000", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().stream().map(t -> (String) t.get("id")).toList();
    }

    private ResponseEntity<String> complete(String user, String taskId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/complete",
                HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);
    }
}
