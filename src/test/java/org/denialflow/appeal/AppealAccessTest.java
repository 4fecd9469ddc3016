package org.denialflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.denialflow.support.H2ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The appeal endpoints as each team calls them over REST. */
@H2ApplicationTest
class AppealAccessTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    long denialId;
    String base;

    @BeforeEach
    void denial() {
        denialId = new LedgerFixture(jdbc).denial();
        base = "/api/denials/" + denialId;
    }

    @Test
    void appealsCdiCodingBillingAndSupervisorsReadOthersDoNot() {
        assertThat(rest.getForEntity(base + "/appeal-templates", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String reader : List.of("arthur", "claire", "carlos", "beatrice", "sofia")) {
            assertThat(get(reader, "/appeal-templates").getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(get(reader, "/corrected-claim").getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(get(reader, "/attachments").getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
        }
        for (String other : List.of("fiona", "paul", "connor", "pablo")) {
            assertThat(get(other, "/appeal-templates").getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.withBasicAuth("arthur", "demo").getForEntity("/api/denials/987654321/appeal-templates",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void appealsAndSupervisorsWriteLettersAndPacketsWhichAnyReaderDownloads() {
        Map<String, Object> request = Map.of("templateName", "medical-necessity",
                "values", Map.of("input.clinicalSummary", "Acute onset, admitted from the emergency department."));
        assertThat(post("claire", "/appeal-letters", request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("beatrice", "/appeal-letters", request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> missing = rest.withBasicAuth("arthur", "demo").exchange(base + "/appeal-letters",
                HttpMethod.POST, json(Map.of("templateName", "medical-necessity")), Map.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((String) missing.getBody().get("message")).contains("input.clinicalSummary");
        assertThat((List<?>) missing.getBody().get("missing")).hasSize(1);

        ResponseEntity<Map> created = rest.withBasicAuth("arthur", "demo").exchange(base + "/appeal-letters",
                HttpMethod.POST, json(request), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long letterId = ((Number) created.getBody().get("id")).longValue();
        assertThat(created.getHeaders().getLocation()).hasPath(base + "/appeal-letters/" + letterId);
        assertThat(created.getBody().get("templateName")).isEqualTo("medical-necessity");
        assertThat(created.getBody().get("templateVersion")).isEqualTo("1");

        String body = "<p>Edited by the appeals specialist.</p>";
        assertThat(exchange("carlos", HttpMethod.PUT, "/appeal-letters/" + letterId, Map.of("body", body))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange("sofia", HttpMethod.PUT, "/appeal-letters/" + letterId, Map.of("body", "<p>unclosed"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exchange("sofia", HttpMethod.PUT, "/appeal-letters/" + letterId, Map.of("body", body))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("arthur", "/appeal-letters/" + letterId + "/final", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(exchange("arthur", HttpMethod.PUT, "/appeal-letters/" + letterId, Map.of("body", body))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        assertThat(upload("claire", "note.pdf", MediaType.APPLICATION_PDF, TestDocuments.pdf("Progress note"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("beatrice", "/appeal-packet", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> packet = rest.withBasicAuth("sofia", "demo").exchange(base + "/appeal-packet",
                HttpMethod.POST, json(Map.of()), Map.class);
        assertThat(packet.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<byte[]> pdf = rest.withBasicAuth("carlos", "demo")
                .getForEntity(base + "/appeal-packet.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(Checksums.sha256(pdf.getBody())).isEqualTo(packet.getBody().get("sha256"));
        assertThat(TestDocuments.text(pdf.getBody())).contains("Edited by the appeals specialist.", "Progress note");
        assertThat(rest.withBasicAuth("fiona", "demo").getForEntity(base + "/appeal-packet.pdf", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> submitted = rest.withBasicAuth("arthur", "demo").exchange(base + "/appeal-packet/submission",
                HttpMethod.POST, json(Map.of("level", 1)), Map.class);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(submitted.getBody().get("sha256")).isEqualTo(packet.getBody().get("sha256"));
    }

    @Test
    void staffTeamsAttachDocumentsAndRefusedUploadsChangeNothing() {
        byte[] pdf = TestDocuments.pdf("Operative report");
        assertThat(upload("fiona", "report.pdf", MediaType.APPLICATION_PDF, pdf).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(upload("pablo", "report.pdf", MediaType.APPLICATION_PDF, pdf).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.exchange(base + "/attachments", HttpMethod.POST, multipart("report.pdf",
                MediaType.APPLICATION_PDF, pdf), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        String before = get("arthur", "/attachments").getBody();

        assertRefused(upload("beatrice", "big.pdf", MediaType.APPLICATION_PDF, Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1)),
                HttpStatus.PAYLOAD_TOO_LARGE, "limit");
        assertRefused(upload("beatrice", "archive.pdf", MediaType.APPLICATION_PDF, new byte[] {'P', 'K', 3, 4, 0, 0}),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Only PDF, PNG and JPEG");
        assertRefused(upload("beatrice", "broken.pdf", MediaType.APPLICATION_PDF, "%PDF-1.4 not really".getBytes()),
                HttpStatus.BAD_REQUEST, "damaged");
        assertRefused(upload("beatrice", "../../../tmp/report.pdf", MediaType.APPLICATION_PDF, pdf),
                HttpStatus.BAD_REQUEST, "plain name");

        assertThat(get("arthur", "/attachments").getBody()).isEqualTo(before);
        ResponseEntity<List> list = rest.withBasicAuth("arthur", "demo").getForEntity(base + "/attachments", List.class);
        assertThat(list.getBody()).hasSize(1);
        long id = ((Number) ((Map<?, ?>) list.getBody().get(0)).get("id")).longValue();
        ResponseEntity<byte[]> content = rest.withBasicAuth("carlos", "demo")
                .getForEntity(base + "/attachments/" + id, byte[].class);
        assertThat(content.getBody()).isEqualTo(pdf);
        assertThat(content.getHeaders().getContentDisposition().getFilename()).isEqualTo("report.pdf");
    }

    private static void assertRefused(ResponseEntity<String> response, HttpStatus status, String message) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getBody()).contains(message);
    }

    private ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(base + path, String.class);
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return exchange(user, HttpMethod.POST, path, body);
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
        return rest.withBasicAuth(user, "demo").exchange(base + path, method, json(body), String.class);
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private ResponseEntity<String> upload(String user, String fileName, MediaType type, byte[] content) {
        return rest.withBasicAuth(user, "demo").exchange(base + "/attachments", HttpMethod.POST,
                multipart(fileName, type, content), String.class);
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(String fileName, MediaType type, byte[] content) {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(type);
        ByteArrayResource resource = new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new HttpEntity<>(resource, partHeaders));
        parts.add("kind", "medical-records");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }
}
