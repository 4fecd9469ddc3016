package org.denialflow.appeal;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Appeal work on one denial: templates, letters, attachments, the corrected claim and the packet. Appeals, CDI,
 * coding, billing and supervisors read; appeals and supervisors write letters and packets; every staff team may
 * attach documents.
 */
@RestController
@RequestMapping("/api/denials/{denialId}")
public class AppealController {

    static final String READ = "hasAnyRole('appeals', 'cdi', 'coding', 'billing', 'supervisors')";
    static final String WRITE = "hasAnyRole('appeals', 'supervisors')";
    static final String UPLOAD = "hasAnyRole('billing', 'coding', 'front-office', 'cdi', 'appeals', 'credentialing', "
            + "'patient-financial', 'contracting', 'supervisors')";

    /** The groups of {@link #WRITE} and {@link #UPLOAD}, for pages that show a form only to who may use it. */
    static final List<String> WRITERS = List.of("appeals", "supervisors");
    static final List<String> UPLOADERS = List.of("billing", "coding", "front-office", "cdi", "appeals", "credentialing",
            "patient-financial", "contracting", "supervisors");

    private final AppealLetters letters;
    private final Attachments attachments;
    private final CorrectedClaims correctedClaims;
    private final AppealPackets packets;

    public AppealController(AppealLetters letters, Attachments attachments, CorrectedClaims correctedClaims,
                            AppealPackets packets) {
        this.letters = letters;
        this.attachments = attachments;
        this.correctedClaims = correctedClaims;
        this.packets = packets;
    }

    @GetMapping("/appeal-templates")
    @PreAuthorize(READ)
    public List<AppealLetters.TemplateOffer> templates(@PathVariable long denialId) {
        return letters.offer(denialId);
    }

    /** {@code templateName}, and {@code values} for fields the ledger does not have (e.g. input.clinicalSummary). */
    public record NewLetter(String templateName, Map<String, String> values) {
    }

    public record LetterText(String body) {
    }

    @GetMapping("/appeal-letters")
    @PreAuthorize(READ)
    public List<AppealLetter> letters(@PathVariable long denialId) {
        return letters.of(denialId);
    }

    @PostMapping("/appeal-letters")
    @PreAuthorize(WRITE)
    public ResponseEntity<AppealLetter> createLetter(@PathVariable long denialId, @RequestBody NewLetter request,
                                                     Principal user) {
        if (request == null || request.templateName() == null || request.templateName().isBlank()) {
            throw AppealException.invalid("templateName is required");
        }
        AppealLetter letter = letters.create(denialId, request.templateName(), request.values(), user.getName());
        return ResponseEntity.created(URI.create("/api/denials/" + denialId + "/appeal-letters/" + letter.id()))
                .body(letter);
    }

    @GetMapping("/appeal-letters/{letterId}")
    @PreAuthorize(READ)
    public AppealLetter letter(@PathVariable long denialId, @PathVariable long letterId) {
        return letters.get(denialId, letterId);
    }

    @PutMapping("/appeal-letters/{letterId}")
    @PreAuthorize(WRITE)
    public AppealLetter editLetter(@PathVariable long denialId, @PathVariable long letterId,
                                   @RequestBody LetterText text, Principal user) {
        return letters.edit(denialId, letterId, text == null ? null : text.body(), user.getName());
    }

    @PostMapping("/appeal-letters/{letterId}/final")
    @PreAuthorize(WRITE)
    public AppealLetter finalLetter(@PathVariable long denialId, @PathVariable long letterId, Principal user) {
        return letters.makeFinal(denialId, letterId, user.getName());
    }

    @GetMapping("/appeal-letters/{letterId}/pdf")
    @PreAuthorize(READ)
    public ResponseEntity<byte[]> letterPdf(@PathVariable long denialId, @PathVariable long letterId) {
        return pdf(letters.pdf(denialId, letterId), "appeal-letter-" + letterId + ".pdf");
    }

    @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(UPLOAD)
    public ResponseEntity<Attachment> upload(@PathVariable long denialId, @RequestParam("file") MultipartFile file,
                                             @RequestParam(name = "kind", required = false) String kind,
                                             @RequestParam(name = "description", required = false) String description,
                                             Principal user) throws IOException {
        Attachment attachment = attachments.add(denialId, kind, file.getOriginalFilename(), file.getContentType(),
                file.getBytes(), description, user.getName());
        return ResponseEntity.created(URI.create("/api/denials/" + denialId + "/attachments/" + attachment.id()))
                .body(attachment);
    }

    @GetMapping("/attachments")
    @PreAuthorize(READ)
    public List<Attachment> attachments(@PathVariable long denialId) {
        return attachments.of(denialId);
    }

    @GetMapping("/attachments/{attachmentId}")
    @PreAuthorize(READ)
    public ResponseEntity<byte[]> attachment(@PathVariable long denialId, @PathVariable long attachmentId) {
        Attachment a = attachments.get(denialId, attachmentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.fileName())
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(attachments.content(denialId, attachmentId));
    }

    public record Removal(String reason) {
    }

    /** Removes a document attached by mistake; {@code reason} is required and goes to the audit trail. */
    @DeleteMapping("/attachments/{attachmentId}")
    @PreAuthorize(UPLOAD)
    public ResponseEntity<Void> remove(@PathVariable long denialId, @PathVariable long attachmentId,
                                       @RequestBody(required = false) Removal removal, Principal user) {
        attachments.remove(denialId, attachmentId, removal == null ? null : removal.reason(), user.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/corrected-claim")
    @PreAuthorize(READ)
    public CorrectedClaim correctedClaim(@PathVariable long denialId,
                                         @RequestParam(name = "frequency", required = false) String frequency) {
        return correctedClaims.build(denialId, new CorrectionDetails(frequency, null, null, null, null, null,
                List.of(), List.of()));
    }

    /** The same, with what the biller adds (diagnoses, lines, provider address); nothing is stored. */
    @PostMapping("/corrected-claim")
    @PreAuthorize(READ)
    public CorrectedClaim correctedClaim(@PathVariable long denialId, @RequestBody CorrectionDetails details) {
        return correctedClaims.build(denialId, details);
    }

    @PostMapping("/appeal-packet")
    @PreAuthorize(WRITE)
    public ResponseEntity<AppealPacket> assemble(@PathVariable long denialId,
                                                 @RequestBody(required = false) PacketRequest request, Principal user) {
        AppealPacket packet = packets.assemble(denialId, request, user.getName());
        return ResponseEntity.created(URI.create("/api/denials/" + denialId + "/appeal-packets/" + packet.id() + ".pdf"))
                .body(packet);
    }

    @GetMapping("/appeal-packet")
    @PreAuthorize(READ)
    public AppealPacket latestPacket(@PathVariable long denialId) {
        return packets.latest(denialId);
    }

    @GetMapping("/appeal-packet.pdf")
    @PreAuthorize(READ)
    public ResponseEntity<byte[]> latestPacketPdf(@PathVariable long denialId) {
        AppealPacket packet = packets.latest(denialId);
        return pdf(packets.pdf(denialId, packet.id()), "appeal-packet-" + packet.id() + ".pdf");
    }

    @GetMapping("/appeal-packets")
    @PreAuthorize(READ)
    public List<AppealPacket> packets(@PathVariable long denialId) {
        return packets.of(denialId);
    }

    @GetMapping("/appeal-packets/{packetId}.pdf")
    @PreAuthorize(READ)
    public ResponseEntity<byte[]> packetPdf(@PathVariable long denialId, @PathVariable long packetId) {
        return pdf(packets.pdf(denialId, packetId), "appeal-packet-" + packetId + ".pdf");
    }

    public record SubmissionRequest(Integer level) {
    }

    /** Records that the packet of a level was sent (what the lifecycle does when it files an appeal). */
    @PostMapping("/appeal-packet/submission")
    @PreAuthorize(WRITE)
    public AppealPackets.Submission submit(@PathVariable long denialId,
                                           @RequestBody(required = false) SubmissionRequest request,
                                           Principal user) {
        int level = request == null || request.level() == null ? packets.latest(denialId).appealLevel() : request.level();
        return packets.recordSubmission(denialId, level, user.getName());
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(pdf);
    }

    @ExceptionHandler(AppealException.class)
    ResponseEntity<Map<String, Object>> refused(AppealException e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case MISSING_DATA -> HttpStatus.UNPROCESSABLE_ENTITY;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", e.getMessage());
        if (e instanceof MissingDataException missing) {
            body.put("missing", missing.missing());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
