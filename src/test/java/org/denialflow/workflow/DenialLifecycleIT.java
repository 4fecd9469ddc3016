package org.denialflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.denialflow.denial.DenialRepository;
import org.denialflow.denial.DenialWork;
import org.denialflow.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The lifecycle on PostgreSQL as the teams use it: a billing user imports real sample remittances over REST,
 * each team's user sees only its own denial tasks over /engine-rest, reads the form's variables and completes
 * its task through the form fields; an appeal goes to its second level and a later remittance closes a denial.
 */
@PostgresIntegrationTest
class DenialLifecycleIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DenialRepository denials;
    @Autowired
    DenialWork work;

    @BeforeEach
    void sampleDay() {
        ClockUtil.setCurrentTime(LifecycleDriver.SAMPLE_TODAY);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachTeamWorksOnlyItsOwnDenialsThroughTheEngineRestApi() {
        String tag = "IT" + (System.nanoTime() % 100000);
        long billing = upload(tag + "B", "CO-16", "MC");
        long coding = upload(tag + "C", "CO-97", "MC");
        long cdi = upload(tag + "D", "CO-50", "MC");
        long frontOffice = upload(tag + "F", "CO-31", "MC");
        long supervisors = upload(tag + "S", "CO-Z9", "MC");
        Map<String, Long> denialOf = Map.of("beatrice", billing, "carlos", coding, "claire", cdi, "fiona", frontOffice,
                "sofia", supervisors);
        Map<Long, String> taskKey = Map.of(billing, "correct-claim", coding, "review-coding", cdi,
                "review-documentation", frontOffice, "correct-claim", supervisors, "route-by-hand");

        for (var entry : denialOf.entrySet()) {
            String user = entry.getKey();
            List<Map<String, Object>> visible = tasks(user);
            List<Object> ours = visible.stream().filter(t -> denialOf.containsValue(businessKeyOf(user, t)))
                    .map(t -> t.get("taskDefinitionKey")).toList();
            if (!"sofia".equals(user)) {
                assertThat(visible).as("tasks %s sees", user).allSatisfy(t ->
                        assertThat(businessKeyOf(user, t)).isNotIn(otherThan(denialOf, entry.getValue())));
                assertThat(ours).as("our tasks %s sees among %s", user, visible.stream()
                        .map(t -> t.get("name") + "/" + t.get("processDefinitionId") + "/" + businessKeyOf(user, t)).toList())
                        .containsExactly(taskKey.get(entry.getValue()));
            }
        }
        assertThat(tasks("arthur").stream().filter(t -> denialOf.containsValue(businessKeyOf("arthur", t)))).isEmpty();

        String billingTask = taskOf("beatrice", billing);
        Map<String, Object> formVariables = get("beatrice", "/engine-rest/task/" + billingTask + "/form-variables");
        assertThat(formVariables).containsKeys("denialSummary", "claimNumber", "payerName", "deadline");
        assertThat(status("carlos", "/engine-rest/task/" + billingTask + "/submit-form", Map.of())).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(submit("beatrice", billingTask, Map.of("resolution", "RESUBMITTED",
                "correctedClaimNumber", "2005555A" + tag + "B-R", "frequencyCode", "7", "submittedOn", "2004-11-03",
                "channel", "CLEARINGHOUSE", "note", "Corrected the referring provider"))).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(work.correctionsOfDenial(billing)).hasSize(1);
        assertThat(submit("fiona", taskOf("fiona", frontOffice), Map.of("resolution", "BILLED_TO_OTHER_PAYER",
                "note", "Secondary coverage on file"))).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(denials.get(frontOffice).outcome()).isEqualTo("BILLED_TO_OTHER_PAYER");
        assertThat(submit("sofia", taskOf("sofia", supervisors), Map.of("route", "WRITE_OFF", "team", "BILLING",
                "note", "Code retired years ago"))).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submit("beatrice", taskOf("beatrice", supervisors), Map.of("writeOffReason", "SMALL_BALANCE",
                "note", "Not worth the rework"))).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(denials.get(supervisors).outcome()).isEqualTo("WRITTEN_OFF");

        // coding confirms; the appeal goes to a second level
        assertThat(submit("carlos", taskOf("carlos", coding), Map.of("codingDecision", "CONFIRM",
                "note", "Modifier documented"))).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submit("arthur", taskOf("arthur", coding), Map.of("documents", "letter"))).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submit("arthur", taskOf("arthur", coding), Map.of("channel", "PORTAL", "submittedOn", "2004-11-10",
                "reference", "APL-1"))).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submit("arthur", taskOf("arthur", coding), Map.of("appealDecision", "UPHELD",
                "decidedOn", "2004-12-01"))).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(work.findAppeal(coding, 2)).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo("PREPARING"));
        assertThat(tasks("arthur").stream().filter(t -> coding == businessKeyOf("arthur", t))
                .map(t -> t.get("taskDefinitionKey"))).containsExactly("prepare-appeal-packet");

        // a later remittance pays the corrected claim
        assertThat(uploadStatus(LifecycleDriver.payment(tag + "B", "915.39"))).isEqualTo(HttpStatus.CREATED);
        assertThat(denials.get(billing).outcome()).isEqualTo("RECOVERED_IN_FULL");

        List<Map<String, Object>> audit = rest.withBasicAuth("beatrice", "demo").exchange("/api/denials/" + billing + "/audit",
                HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        assertThat(audit).extracting(e -> e.get("action")).contains("TASK_COMPLETED", "CORRECTION_SENT", "DENIAL_CLOSED");
        assertThat(audit).filteredOn(e -> "TASK_COMPLETED".equals(e.get("action"))).extracting(e -> e.get("actor"))
                .containsExactly("beatrice");
    }

    private long upload(String tag, String code, String filing) {
        byte[] file = LifecycleDriver.remittance(tag, code, null, filing);
        ResponseEntity<Map<String, Object>> response = postFile(file);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        long importId = ((Number) response.getBody().get("importId")).longValue();
        return jdbc.sql("select id from denial where import_id = ?").param(importId).query(Long.class).single();
    }

    private HttpStatus uploadStatus(byte[] file) {
        return (HttpStatus) postFile(file).getStatusCode();
    }

    private ResponseEntity<Map<String, Object>> postFile(byte[] file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "remit.835";
            }
        });
        return rest.withBasicAuth("beatrice", "demo").exchange("/api/imports", HttpMethod.POST,
                new HttpEntity<>(body, headers), new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    private List<Map<String, Object>> tasks(String user) {
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, "demo").exchange(
                "/engine-rest/task?maxResults=1000", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private final Map<String, Long> businessKeys = new HashMap<>();

    /** The business key (denial id) of a task's process instance, read as the user over REST. */
    private long businessKeyOf(String user, Map<String, Object> task) {
        String instanceId = (String) task.get("processInstanceId");
        String definition = String.valueOf(task.get("processDefinitionId"));
        if (!definition.startsWith("denial-lifecycle:") && !definition.startsWith("appeal-level:")) {
            return -1L;
        }
        return businessKeys.computeIfAbsent(instanceId, id -> {
            Map<String, Object> instance = get(user, "/engine-rest/process-instance/" + id);
            Object key = instance.get("businessKey");
            return key == null ? -1L : Long.parseLong(key.toString());
        });
    }

    private String taskOf(String user, long denialId) {
        List<Map<String, Object>> mine = tasks(user).stream().filter(t -> businessKeyOf(user, t) == denialId).toList();
        assertThat(mine).as("%s's tasks on denial %s", user, denialId).hasSize(1);
        return (String) mine.get(0).get("id");
    }

    private static List<Long> otherThan(Map<String, Long> denialOf, long own) {
        return denialOf.values().stream().filter(id -> id != own).toList();
    }

    private Map<String, Object> get(String user, String path) {
        ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET,
                null, new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private HttpStatus submit(String user, String taskId, Map<String, Object> values) {
        return status(user, "/engine-rest/task/" + taskId + "/submit-form", values);
    }

    private HttpStatus status(String user, String path, Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables), headers), String.class);
        return (HttpStatus) response.getStatusCode();
    }
}
