package org.denialflow.appeal;

import java.time.Clock;
import java.util.List;

import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.DenialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents attached to a denial: clinical notes, records, statements, proof of timely filing, payer forms. Kept
 * in the database with the denial, so they outlive its process. A refused upload stores and records nothing.
 */
@Service
public class Attachments {

    private final AttachmentRepository attachments;
    private final DenialRepository denials;
    private final AuditTrail audit;
    private final AppealProperties properties;
    private final Clock clock;

    public Attachments(AttachmentRepository attachments, DenialRepository denials, AuditTrail audit,
                       AppealProperties properties, Clock clock) {
        this.attachments = attachments;
        this.denials = denials;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Attachment add(long denialId, String kind, String originalName, String declaredType, byte[] content,
                          String description, String actor) {
        denials.find(denialId).orElseThrow(() -> AppealException.notFound("No denial " + denialId));
        AttachmentKind attachmentKind = AttachmentKind.parse(kind);
        if (description != null && description.length() > 500) {
            throw AppealException.invalid("The description may be at most 500 characters");
        }
        UploadCheck.Accepted accepted = UploadCheck.check(originalName, declaredType, content,
                properties.attachmentMaxSize().toBytes());
        String sha256 = Checksums.sha256(content);
        long id = attachments.insert(denialId, attachmentKind, accepted.fileName(), accepted.mediaType(), content, sha256,
                description == null || description.isBlank() ? null : description.strip(), actor, clock.instant());
        audit.record(AuditTrail.Subject.DENIAL, denialId, new AuditTrail.Action("ATTACHMENT_ADDED", actor, null, null,
                null, attachmentKind.label() + " " + accepted.fileName() + " (" + content.length + " bytes, sha256 "
                + sha256 + ")", accepted.fileName()));
        return attachments.find(denialId, id).orElseThrow();
    }

    public List<Attachment> of(long denialId) {
        denials.find(denialId).orElseThrow(() -> AppealException.notFound("No denial " + denialId));
        return attachments.of(denialId);
    }

    public Attachment get(long denialId, long attachmentId) {
        return attachments.find(denialId, attachmentId).orElseThrow(
                () -> AppealException.notFound("Denial " + denialId + " has no attachment " + attachmentId));
    }

    public byte[] content(long denialId, long attachmentId) {
        return attachments.content(get(denialId, attachmentId).id());
    }
}
