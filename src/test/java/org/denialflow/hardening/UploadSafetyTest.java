package org.denialflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.denialflow.ingest.ImportChannel;
import org.denialflow.ingest.ImportLog;
import org.denialflow.ingest.ImportResult;
import org.denialflow.ingest.ImportService;
import org.denialflow.ingest.ImportStatus;
import org.denialflow.ingest.model.Problem;
import org.denialflow.ingest.x12.X12ProblemCodes;
import org.denialflow.support.H2ApplicationTest;
import org.denialflow.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;

/**
 * What an upload can and cannot do: hostile content is quarantined with a coded problem and kept
 * byte for byte, the file's content decides how it is read (not its name or declared type), a
 * client's path never reaches storage, and nothing uploaded is ever executed.
 */
@H2ApplicationTest
class UploadSafetyTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ImportService imports;
    @Autowired
    ImportLog importLog;
    @Value("${spring.servlet.multipart.max-file-size}")
    DataSize maxFileSize;
    @Value("${spring.servlet.multipart.max-request-size}")
    DataSize maxRequestSize;

    @LocalServerPort
    int port;

    @Test
    void uploadsHaveASizeLimit() {
        assertThat(maxFileSize).isEqualTo(DataSize.ofMegabytes(50));
        assertThat(maxRequestSize).isEqualTo(maxFileSize);
    }

    /**
     * An upload announcing more than the limit is refused with 413 before its body is read. (A raw
     * socket, so the test need not send 50 MB; a second application context with a smaller limit
     * would register a second process engine under the same name in this JVM.)
     */
    @Test
    void anUploadOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        long announced = maxRequestSize.toBytes() + 1_000_000;
        String boundary = "limit-check";
        String start = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.835\"\r\n\r\nISA";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/imports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString("sofia:demo".getBytes(StandardCharsets.UTF_8)) + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                    + "Content-Length: " + announced + "\r\nConnection: close\r\n\r\n" + start)
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
        assertThat(rest.withBasicAuth("sofia", "demo").getForEntity("/api/imports?limit=500", String.class).getBody())
                .doesNotContain("big.835");
    }

    @Test
    void hostileFilesAreQuarantinedWithACodeAndKeptByteForByte() {
        byte[] sample = Samples.bytes("pyx12__835_mult_loops.txt");
        byte[] hugeElement = (new String(sample, StandardCharsets.ISO_8859_1).replace("REF*EV*00GR~",
                "REF*EV*" + "9".repeat(100_000) + "~")).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> files = Map.of(
                "truncated.835", java.util.Arrays.copyOf(sample, sample.length / 2),
                "huge-element.835", hugeElement,
                "deep-repetition.835", HostileInputs.repeatSegment(sample, "CAS*", 1_500),
                "random.835", random(64_000));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            ImportResult result = imports.importFile(file.getKey(), file.getValue(), ImportChannel.UPLOAD, "sofia");
            assertThat(result.status()).as(file.getKey()).isEqualTo(ImportStatus.QUARANTINED);
            List<Problem> stored = importLog.problems(result.importId());
            assertThat(stored).as(file.getKey()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.code()).matches("[A-Z0-9_]+"));
            assertThat(importLog.content(result.importId())).as(file.getKey()).contains(file.getValue());
            ResponseEntity<byte[]> download = rest.withBasicAuth("sofia", "demo")
                    .getForEntity("/api/imports/" + result.importId() + "/content", byte[].class);
            assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(download.getBody()).isEqualTo(file.getValue());
        }
        assertThat(importLog.problems(imports.importFile("huge-element.835", hugeElement, ImportChannel.UPLOAD, "sofia")
                .importId())).extracting(Problem::code).contains(X12ProblemCodes.LIMIT_EXCEEDED);
    }

    @Test
    void theContentDecidesNotTheNameOrTheDeclaredType() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        ResponseEntity<Map> response = upload("sofia", "remit.835", pdf, MediaType.valueOf("application/edi-x12"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().toString()).contains("UNKNOWN_FORMAT");
    }

    @Test
    void aClientsPathNeverReachesStorage(@TempDir Path scratch) {
        for (String hostileName : List.of("../../../../etc/cron.d/evil.835", "..\\..\\windows\\evil.835",
                "/var/lib/denialflow/evil.835", "....//evil.835", "evil\r\nX-Injected: 1.835")) {
            byte[] content = ("not x12 " + hostileName).getBytes(StandardCharsets.UTF_8);
            ResponseEntity<Map> response = upload("sofia", hostileName, content, MediaType.APPLICATION_OCTET_STREAM);
            assertThat(response.getStatusCode()).as(hostileName).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            long importId = ((Number) response.getBody().get("importId")).longValue();
            String stored = importLog.find(importId).orElseThrow().fileName();
            assertThat(stored).as(hostileName).doesNotContain("/", "\\", "\u0000").isNotEqualTo("..");
            ResponseEntity<byte[]> download = rest.withBasicAuth("sofia", "demo")
                    .getForEntity("/api/imports/" + importId + "/content", byte[].class);
            assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                    .as(hostileName).matches("attachment; filename=\"import-\\d+-[A-Za-z0-9._-]+\"");
        }
    }

    @Test
    void aFileNameTheServerCannotParseIsABadRequest() {
        ResponseEntity<Map> response = upload("sofia", "evil\u0000.835.sh", "x".getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_OCTET_STREAM);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void nothingUploadedIsExecuted(@TempDir Path scratch) {
        Path marker = scratch.resolve("executed");
        for (String name : List.of("run.sh", "remit.835", "report.csv")) {
            String script = "#!/bin/sh\ntouch " + marker + " # " + name + "\n";
            ResponseEntity<Map> response = upload("sofia", name, script.getBytes(StandardCharsets.UTF_8),
                    MediaType.APPLICATION_OCTET_STREAM);
            assertThat(response.getStatusCode()).as(name).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        }
        assertThat(Files.exists(marker)).isFalse();
    }

    private ResponseEntity<Map> upload(String user, String fileName, byte[] content, MediaType type) {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(type);
        partHeaders.setContentDispositionFormData("file", fileName);
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new HttpEntity<>(new ByteArrayResource(content), partHeaders));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").postForEntity("/api/imports", new HttpEntity<>(body, headers), Map.class);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(7).nextBytes(bytes);
        return bytes;
    }
}
