package org.denialflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.denialflow.cluster.ClusterLauncher.ADMIN;
import static org.denialflow.cluster.ClusterLauncher.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** The engine's REST API as the administrator, for cluster tests; JSON read with patterns, enough here. */
final class ClusterRest {

    private ClusterRest() {
    }

    static void deploy(ClusterNode node, String name, BpmnModelInstance model) {
        deploy(node, name, Bpmn.convertToString(model));
    }

    static void deploy(ClusterNode node, String name, String model) {
        HttpResponse<String> response = node.postMultipart("/engine-rest/deployment/create",
                Map.of("deployment-name", name, "enable-duplicate-filtering", "true", "deploy-changed-only", "true"),
                name + ".bpmn", name + ".bpmn", model.getBytes(StandardCharsets.UTF_8),
                ADMIN, ADMIN_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Starts an instance of the latest {@code key}; {@code variables} is the REST API's variables object. */
    static String startInstance(ClusterNode node, String key, String businessKey, String variables) {
        HttpResponse<String> response = node.postJson("/engine-rest/process-definition/key/" + key + "/start",
                "{\"businessKey\":\"" + businessKey + "\",\"variables\":" + variables + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return jsonValue(response.body(), "id");
    }

    static String startInstance(ClusterNode node, String key, String businessKey) {
        return startInstance(node, key, businessKey, "{}");
    }

    static HttpResponse<String> getAsAdmin(ClusterNode node, String path) {
        HttpResponse<String> response = node.get(path, ADMIN, ADMIN_PASSWORD);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response;
    }

    static String jsonValue(String json, String field) {
        List<String> values = jsonValues(json, field);
        assertThat(values).as(field + " in " + json).isNotEmpty();
        return values.get(0);
    }

    /** Every string value of {@code field}, in order. */
    static List<String> jsonValues(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
