package org.denialflow.ingest;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.denialflow.engine.AsApplication;
import org.denialflow.ingest.model.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Upload remittances, acknowledgments and clearinghouse reports; read the import log. */
@RestController
@RequestMapping("/api/imports")
public class ImportController {

    private final ImportService imports;
    private final ImportLog importLog;
    private final RuntimeService runtimeService;
    private final AsApplication asApplication;

    public ImportController(ImportService imports, ImportLog importLog, RuntimeService runtimeService,
                            AsApplication asApplication) {
        this.imports = imports;
        this.importLog = importLog;
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
    }

    /**
     * 201 when the file was imported, 200 when it was known already (nothing changed), 422 when it
     * was quarantined, with every problem and its position.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('billing', 'supervisors', 'camunda-admin')")
    public ResponseEntity<ImportResult> upload(@RequestPart("file") MultipartFile file, Principal user)
            throws IOException {
        if (file.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The file is empty");
        }
        ImportResult result = imports.importFile(file.getOriginalFilename(), file.getBytes(), ImportChannel.UPLOAD,
                user.getName());
        HttpStatus status = result.alreadyImported() ? HttpStatus.OK
                : result.status() == ImportStatus.QUARANTINED ? HttpStatus.UNPROCESSABLE_ENTITY
                : result.status() == ImportStatus.IMPORTING ? HttpStatus.CONFLICT
                : HttpStatus.CREATED;
        return ResponseEntity.status(status).body(result);
    }

    @GetMapping
    public List<ImportLog.Entry> list(@RequestParam(defaultValue = "50") int limit,
                                      @RequestParam(defaultValue = "0") int offset) {
        return importLog.list(Math.max(1, Math.min(limit, 500)), Math.max(0, offset));
    }

    public record ImportDetail(ImportLog.Entry entry, List<Problem> problems) {
    }

    @GetMapping("/{id}")
    public ImportDetail get(@PathVariable long id) {
        ImportLog.Entry entry = importLog.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No import " + id));
        return new ImportDetail(entry, importLog.problems(id));
    }

    /** The file exactly as it arrived; it holds patient data, so supervisors only. */
    @GetMapping("/{id}/content")
    @PreAuthorize("hasAnyRole('supervisors', 'camunda-admin')")
    public ResponseEntity<byte[]> content(@PathVariable long id) {
        ImportLog.Entry entry = importLog.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No import " + id));
        byte[] content = importLog.content(id).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-"
                        + entry.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .body(content);
    }

    /**
     * Runs the daily intake now instead of at its time: starts the daily-intake process, whose job
     * imports the inbox. 202 with the process instance to follow in Cockpit.
     */
    @PostMapping("/inbox")
    @PreAuthorize("hasAnyRole('billing', 'supervisors', 'camunda-admin')")
    public ResponseEntity<Map<String, Object>> importInbox() {
        // The caller may ask for the intake but may not start processes as themselves.
        String instanceId = asApplication.run(() -> runtimeService.createMessageCorrelation("IntakeRequested")
                .correlateStartMessage().getId());
        return ResponseEntity.accepted().body(Map.of("processInstanceId", instanceId));
    }
}
