package org.denialflow.appeal;

import java.time.Clock;
import java.util.List;

import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.DenialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Documents attached to a denial: clinical notes, records, statements, proof of timely filing, payer forms. Kept
 * with the denial in the database, or in the attachment folder when one is configured, so they outlive its
 * process. A refused upload stores and records nothing. A document attached by mistake (the wrong patient's
 * record) can be removed, with a reason on the audit trail; packets already assembled keep their copy.
 */
@Service
public class Attachments {

    private final AttachmentRepository attachments;
    private final DenialRepository denials;
    private final AuditTrail audit;
    private final AppealProperties properties;
    private final Clock clock;
    private final AttachmentFolder folder;

    public Attachments(AttachmentRepository attachments, DenialRepository denials, AuditTrail audit,
                       AppealProperties properties, Clock clock) {
        this.attachments = attachments;
        this.denials = denials;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.folder = properties.attachmentFolder() == null ? null : new AttachmentFolder(properties.attachmentFolder());
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
        String location = folder == null ? null : folder.write(denialId, sha256, content);
        long id = attachments.insert(denialId, attachmentKind, accepted.fileName(), accepted.mediaType(), content.length,
                location == null ? content : null, location, sha256,
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
        Attachment attachment = get(denialId, attachmentId);
        AttachmentRepository.StoredContent stored = attachments.content(attachment.id());
        if (stored.location() == null) {
            return stored.content();
        }
        if (folder == null) {
            throw new IllegalStateException("Attachment " + attachmentId + " lies in the attachment folder, but "
                    + "denialflow.appeal.attachment-folder is not set");
        }
        return folder.read(stored.location(), attachment.sha256());
    }

    /** Removes a document attached by mistake; the reason, file name and checksum go to the audit trail. */
    @Transactional
    public void remove(long denialId, long attachmentId, String reason, String actor) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw AppealException.invalid("Say why the document is removed (at most 500 characters)");
        }
        Attachment attachment = get(denialId, attachmentId);
        String location = attachments.content(attachmentId).location();
        attachments.delete(denialId, attachmentId);
        audit.record(AuditTrail.Subject.DENIAL, denialId, new AuditTrail.Action("ATTACHMENT_REMOVED", actor, null, null,
                reason.strip(), attachment.kind().label() + " " + attachment.fileName() + " (" + attachment.sizeBytes()
                + " bytes, sha256 " + attachment.sha256() + "), attached by " + attachment.uploadedBy(), null));
        if (location != null && folder != null && !attachments.isLocationUsed(location)) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    folder.delete(location);
                }
            });
        }
    }
}
