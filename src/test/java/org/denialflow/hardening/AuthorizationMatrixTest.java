package org.denialflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.denialflow.ingest.ImportChannel;
import org.denialflow.ingest.ImportService;
import org.denialflow.platform.identity.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.denialflow.support.H2ApplicationTest;

/**
 * Every user of every team against every kind of object the REST API offers, with the answer each
 * should get: the import log and its files, tasks (each team sees and completes only its own),
 * process instances, deployments, users and metrics. Unauthenticated requests get 401.
 */
@H2ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final String ROUTED = "authorization-matrix-task";
    private static final String ADMIN_PASSWORD = "test-admin-Passw0rd!";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ImportService imports;

    private long importId;
    private long denialId;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private boolean prepared;

    /** Once per class, but in a test's run: process test coverage records engine events only inside one. */
    @BeforeEach
    void deployAndStoreAFile() {
        if (prepared) {
            return;
        }
        prepared = true;
        repositoryService.createDeployment().name(ROUTED).enableDuplicateFiltering(true)
                .addModelInstance(ROUTED + ".bpmn", Bpmn.createExecutableProcess(ROUTED).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("work").camundaCandidateGroups("${candidateGroup}").endEvent().done())
                .deploy();
        importId = imports.importFile("matrix.835", "ISA*broken".getBytes(StandardCharsets.US_ASCII),
                ImportChannel.UPLOAD, "sofia").importId();
        byte[] denied = org.denialflow.support.Samples.text("pyx12__835_mult_loops.txt")
                .replace("2005555A", "2005555AMTX").replace("4276512332", "4276512332MTX")
                .getBytes(StandardCharsets.ISO_8859_1);
        long deniedImport = imports.importFile("matrix-denied.835", denied, ImportChannel.UPLOAD, "sofia").importId();
        denialId = jdbc.sql("select max(id) from denial where import_id = ?").param(deniedImport).query(Long.class).single();
    }

    @Test
    void reportsAreForSupervisorsProcessOwnersAndAdministrators() {
        for (String user : users()) {
            boolean oversees = groupsOf(user).contains("supervisors") || groupsOf(user).contains("process-owners")
                    || groupsOf(user).contains("camunda-admin");
            assertThat(get(user, "/api/reports").getStatusCode()).as(user)
                    .isEqualTo(oversees ? HttpStatus.OK : HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void theDenialLogIsReadByEveryLoginButADenialOnlyByItsTeamsAndOverseers() {
        String team = jdbc.sql("select team from denial where id = ?").param(denialId).query(String.class).single();
        java.util.Set<String> taskGroups = new java.util.HashSet<>();
        taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(denialId)).list()
                .forEach(t -> taskService.getIdentityLinksForTask(t.getId()).forEach(l -> {
                    if (l.getGroupId() != null) {
                        taskGroups.add(l.getGroupId());
                    }
                }));
        for (String user : users()) {
            assertThat(get(user, "/api/denials").getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            boolean reads = groupsOf(user).stream().anyMatch(g -> g.equals("supervisors") || g.equals("process-owners")
                    || g.equals("camunda-admin") || taskGroups.contains(g)
                    || team != null && Team.valueOf(team).groupId().equals(g));
            assertThat(get(user, "/api/denials/" + denialId).getStatusCode()).as(user)
                    .isEqualTo(reads ? HttpStatus.OK : HttpStatus.FORBIDDEN);
            assertThat(get(user, "/api/denials/" + denialId + "/audit").getStatusCode()).as(user + " audit")
                    .isEqualTo(reads ? HttpStatus.OK : HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void attachmentsAndLettersAreReadByTheTeamsThatAppeal() {
        Set<String> readers = Set.of("appeals", "cdi", "coding", "billing", "supervisors");
        for (String user : users()) {
            boolean reads = groupsOf(user).stream().anyMatch(readers::contains);
            for (String path : List.of("/attachments", "/appeal-letters")) {
                assertThat(get(user, "/api/denials/" + denialId + path).getStatusCode()).as(user + " " + path)
                        .isEqualTo(reads ? HttpStatus.OK : HttpStatus.FORBIDDEN);
            }
        }
    }

    /** One open task for each working team and one for the supervisors. */
    private Map<Team, String> oneTaskPerTeam() {
        Map<Team, String> taskOf = new LinkedHashMap<>();
        for (Team team : Team.values()) {
            if (team.worksDenials() || team == Team.SUPERVISORS) {
                String instance = runtimeService.startProcessInstanceByKey(ROUTED, "matrix-" + team.groupId()
                        + "-" + System.nanoTime(), Map.of("candidateGroup", team.groupId())).getId();
                taskOf.put(team, taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
            }
        }
        return taskOf;
    }

    private static List<String> users() {
        List<String> users = new ArrayList<>(Arrays.stream(Team.values()).map(Team::demoUserId).toList());
        users.add("admin");
        return users;
    }

    private static String password(String user) {
        return user.equals("admin") ? ADMIN_PASSWORD : "demo";
    }

    private static Set<String> groupsOf(String user) {
        return user.equals("admin") ? Set.of("camunda-admin")
                : Set.of(Arrays.stream(Team.values()).filter(t -> t.demoUserId().equals(user)).findFirst()
                        .orElseThrow().groupId());
    }

    @Test
    void withoutALoginEveryApiAnswers401() {
        for (String path : List.of("/api/imports", "/api/imports/" + importId, "/api/imports/" + importId + "/content",
                "/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/deployment", "/engine-rest/user",
                "/actuator/prometheus")) {
            assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(rest.postForEntity("/api/imports/inbox", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theImportLogIsReadByEveryoneAndItsFilesOnlyBySupervisorsAndAdministrators() {
        for (String user : users()) {
            assertThat(get(user, "/api/imports").getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(get(user, "/api/imports/" + importId).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            boolean mayReadFiles = groupsOf(user).contains("supervisors") || groupsOf(user).contains("camunda-admin");
            assertThat(get(user, "/api/imports/" + importId + "/content").getStatusCode()).as(user)
                    .isEqualTo(mayReadFiles ? HttpStatus.OK : HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void onlyBillingSupervisorsAndAdministratorsUpload() {
        for (String user : users()) {
            boolean mayUpload = groupsOf(user).contains("billing") || groupsOf(user).contains("supervisors")
                    || groupsOf(user).contains("camunda-admin");
            HttpStatus status = upload(user, ("ISA*not really " + user).getBytes(StandardCharsets.US_ASCII));
            // A file that cannot be read is quarantined (422): the upload itself was allowed.
            assertThat(status).as(user).isEqualTo(mayUpload ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void onlyBillingSupervisorsAndAdministratorsRunTheIntakeOnDemand() {
        for (String user : users()) {
            boolean mayRun = groupsOf(user).contains("billing") || groupsOf(user).contains("supervisors")
                    || groupsOf(user).contains("camunda-admin");
            ResponseEntity<String> response = rest.withBasicAuth(user, password(user))
                    .postForEntity("/api/imports/inbox", null, String.class);
            assertThat(response.getStatusCode()).as(user + ": " + response.getBody())
                    .isEqualTo(mayRun ? HttpStatus.ACCEPTED : HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void eachTeamSeesOnlyItsOwnTasksAndSupervisorsAndAdministratorsSeeAll() {
        Map<Team, String> taskOf = oneTaskPerTeam();
        for (String user : users()) {
            List<String> visible = visibleTasks(user);
            for (Map.Entry<Team, String> task : taskOf.entrySet()) {
                boolean own = groupsOf(user).contains(task.getKey().groupId());
                boolean readsAll = groupsOf(user).contains("supervisors") || groupsOf(user).contains("camunda-admin");
                assertThat(visible.contains(task.getValue())).as(user + " sees " + task.getKey().groupId() + "'s task")
                        .isEqualTo(own || readsAll);
            }
        }
    }

    @Test
    void eachTeamCompletesOnlyItsOwnTasks() {
        Map<Team, String> taskOf = oneTaskPerTeam();
        List<Team> teams = List.copyOf(taskOf.keySet());
        for (int i = 0; i < teams.size(); i++) {
            Map.Entry<Team, String> task = Map.entry(teams.get(i), taskOf.get(teams.get(i)));
            // Another team's user, a supervisor (who reads every task) and a process owner try first.
            for (String user : List.of(teams.get((i + 1) % teams.size()).demoUserId(), "sofia", "pablo")) {
                if (groupsOf(user).contains(task.getKey().groupId())) {
                    continue;
                }
                assertThat(complete(user, task.getValue()).getStatusCode().is2xxSuccessful())
                        .as(user + " completes " + task.getKey().groupId() + "'s task").isFalse();
            }
            String owner = task.getKey().demoUserId();
            assertThat(complete(owner, task.getValue()).getStatusCode()).as(owner).isEqualTo(HttpStatus.NO_CONTENT);
        }
    }

    @Test
    void onlyProcessOwnersAndAdministratorsDeploy() {
        for (String user : users()) {
            boolean mayDeploy = groupsOf(user).contains("process-owners") || groupsOf(user).contains("camunda-admin");
            String key = "matrix-deploy-" + user;
            HttpStatus status = deploy(user, key);
            assertThat(status.is2xxSuccessful()).as(user + " deploys (" + status + ")").isEqualTo(mayDeploy);
        }
    }

    @Test
    void onlyAdministratorsCreateUsers() {
        for (String user : users()) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            String body = "{\"profile\":{\"id\":\"new-" + user + "\",\"firstName\":\"Nora\",\"lastName\":\"Quill\"},"
                    + "\"credentials\":{\"password\":\"Str0ng-Pa55w0rd!-Xy\"}}";
            ResponseEntity<String> response = rest.withBasicAuth(user, password(user)).exchange(
                    "/engine-rest/user/create", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
            assertThat(response.getStatusCode().is2xxSuccessful()).as(user + ": " + response.getStatusCode())
                    .isEqualTo(user.equals("admin"));
        }
    }

    @Test
    void healthDetailsOnlyForSupervisorsAndAdministrators() {
        for (String user : users()) {
            boolean details = groupsOf(user).contains("supervisors") || groupsOf(user).contains("camunda-admin");
            assertThat(get(user, "/actuator/health").getBody().contains("\"components\"")).as(user).isEqualTo(details);
        }
    }

    private ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, password(user)).getForEntity(path, String.class);
    }

    private List<String> visibleTasks(String user) {
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, password(user)).exchange(
                "/engine-rest/task?maxResults=1000", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        return response.getBody().stream().map(t -> (String) t.get("id")).toList();
    }

    private ResponseEntity<String> complete(String user, String taskId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, password(user)).exchange("/engine-rest/task/" + taskId + "/complete",
                HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);
    }

    private HttpStatus upload(String user, byte[] content) {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentDispositionFormData("file", "matrix-" + user + ".835");
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new HttpEntity<>(new ByteArrayResource(content), partHeaders));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return HttpStatus.valueOf(rest.withBasicAuth(user, password(user))
                .postForEntity("/api/imports", new HttpEntity<>(body, headers), String.class).getStatusCode().value());
    }

    private HttpStatus deploy(String user, String key) {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentDispositionFormData("data", key + ".bpmn");
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", key);
        body.add("data", new HttpEntity<>(new ByteArrayResource(Bpmn.convertToString(Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1).startEvent().endEvent().done()).getBytes(StandardCharsets.UTF_8)),
                partHeaders));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return HttpStatus.valueOf(rest.withBasicAuth(user, password(user)).postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), String.class).getStatusCode().value());
    }
}
