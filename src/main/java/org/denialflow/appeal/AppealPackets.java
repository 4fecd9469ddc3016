package org.denialflow.appeal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the packet that is sent to the payer and records its submission. The lifecycle calls
 * {@link #recordSubmission(long, int, String)} when the appeal is filed; the packet's contents and SHA-256 then go
 * into the denial's audit trail, so what was sent can be proven later.
 */
@Service
public class AppealPackets {

    /** What {@link #recordSubmission} recorded. */
    public record Submission(long packetId, long denialId, int appealLevel, String sha256, int pageCount,
                             String contents, String submittedBy, java.time.Instant submittedAt) {
    }

    static final String CORRECTION_ROUTE = "CORRECT_AND_RESUBMIT";

    private final DenialRepository denials;
    private final AppealLetters letters;
    private final AppealLetterRepository letterRepository;
    private final Attachments attachments;
    private final CorrectedClaims correctedClaims;
    private final AppealPacketRepository packets;
    private final LetterFacts facts;
    private final AuditTrail audit;
    private final Clock clock;

    public AppealPackets(DenialRepository denials, AppealLetters letters, AppealLetterRepository letterRepository,
                         Attachments attachments, CorrectedClaims correctedClaims, AppealPacketRepository packets,
                         LetterFacts facts, AuditTrail audit, Clock clock) {
        this.denials = denials;
        this.letters = letters;
        this.letterRepository = letterRepository;
        this.attachments = attachments;
        this.correctedClaims = correctedClaims;
        this.packets = packets;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Assembles one PDF from final letters, the corrected claim summary and the attachments, and keeps it. */
    @Transactional
    public AppealPacket assemble(long denialId, PacketRequest request, String actor) {
        PacketRequest r = request == null ? PacketRequest.defaults() : request;
        Denial denial = denials.find(denialId).orElseThrow(() -> AppealException.notFound("No denial " + denialId));
        AppealLetter letter = finalLetter(denialId, r.letterId(), LetterKind.APPEAL_LETTER);
        AppealLetter cover = r.coverLetterId() != null ? finalLetter(denialId, r.coverLetterId(), LetterKind.COVER_LETTER)
                : letterRepository.latestFinal(denialId, LetterKind.COVER_LETTER).orElseGet(() -> newCover(denial, actor));

        List<PacketAssembler.Section> sections = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        sections.add(PacketAssembler.Section.rendered("Cover letter", cover.body()));
        sources.add(letterSource(cover));
        sections.add(PacketAssembler.Section.rendered("Appeal letter: " + letter.templateTitle(), letter.body()));
        sources.add(letterSource(letter));
        boolean correction = r.includeCorrectedClaim() != null ? r.includeCorrectedClaim()
                : CORRECTION_ROUTE.equals(denial.recommendedAction());
        if (correction) {
            CorrectedClaim claim = correctedClaims.build(denialId, r.correction());
            sections.add(PacketAssembler.Section.rendered("Corrected claim summary (" + claim.form() + ")",
                    CorrectedClaimPage.html(claim)));
            sources.add("frequency " + claim.frequencyCode() + ", original claim " + claim.originalClaimNumber());
        }
        for (Attachment a : chosenAttachments(denialId, r.attachmentIds())) {
            byte[] content = attachments.content(denialId, a.id());
            String title = a.kind().label() + ": " + a.fileName();
            sections.add(a.isPdf() ? PacketAssembler.Section.pdf(title, content)
                    : PacketAssembler.Section.image(title, content));
            sources.add("attachment " + a.id() + ", sha256 " + a.sha256());
        }
        String footer = "Appeal packet, claim " + (denial.payerClaimNumber() != null ? denial.payerClaimNumber()
                : denial.patientControlNumber()) + ", denial " + denialId;
        PacketAssembler.Result result = PacketAssembler.assemble(sections, footer);
        String sha256 = Checksums.sha256(result.pdf());
        String contents = contents(result, sources);
        long id = packets.insert(denialId, letter.appealLevel(), letter.id(), cover.id(), result.pdf(), sha256,
                result.pageCount(), contents, actor, clock.instant());
        audit.record(AuditTrail.Subject.DENIAL, denialId, new AuditTrail.Action("APPEAL_PACKET_ASSEMBLED", actor, null,
                null, null, "packet " + id + ", " + result.pageCount() + " pages, sha256 " + sha256, null));
        return packets.find(denialId, id).orElseThrow();
    }

    /**
     * Records that the newest packet of an appeal level was sent: marks it submitted and writes its contents and
     * SHA-256 to the denial's audit trail. Calling it again for a packet already recorded changes nothing.
     *
     * @throws AppealException when no packet was assembled for that level
     */
    @Transactional
    public Submission recordSubmission(long denialId, int level, String actor) {
        denials.find(denialId).orElseThrow(() -> AppealException.notFound("No denial " + denialId));
        AppealPacket packet = packets.latest(denialId, level).orElseThrow(() -> AppealException.conflict(
                "No appeal packet was assembled for denial " + denialId + " at level " + level));
        if (packets.markSubmitted(packet.id(), actor, clock.instant())) {
            audit.record(AuditTrail.Subject.DENIAL, denialId, new AuditTrail.Action("APPEAL_PACKET_SUBMITTED", actor,
                    null, null, null, "packet " + packet.id() + ", level " + level + ", " + packet.pageCount()
                    + " pages, sha256 " + packet.sha256() + ": " + packet.contents(), "appeal-packet-" + packet.id()
                    + ".pdf sha256 " + packet.sha256()));
        }
        AppealPacket recorded = packets.find(denialId, packet.id()).orElseThrow();
        return new Submission(recorded.id(), denialId, level, recorded.sha256(), recorded.pageCount(),
                recorded.contents(), recorded.submittedBy(), recorded.submittedAt());
    }

    /** The newest packet assembled for an appeal level, if any: lets the process check before it records a filing. */
    public java.util.Optional<AppealPacket> latest(long denialId, int level) {
        return packets.latest(denialId, level);
    }

    public List<AppealPacket> of(long denialId) {
        denials.find(denialId).orElseThrow(() -> AppealException.notFound("No denial " + denialId));
        return packets.of(denialId);
    }

    public AppealPacket latest(long denialId) {
        return packets.latest(denialId, null)
                .orElseThrow(() -> AppealException.notFound("No appeal packet was assembled for denial " + denialId));
    }

    public byte[] pdf(long denialId, long packetId) {
        AppealPacket packet = packets.find(denialId, packetId)
                .orElseThrow(() -> AppealException.notFound("Denial " + denialId + " has no packet " + packetId));
        return packets.content(packet.id());
    }

    private AppealLetter finalLetter(long denialId, Long letterId, LetterKind kind) {
        AppealLetter letter = letterId == null
                ? letterRepository.latestFinal(denialId, kind).orElseThrow(() -> AppealException.conflict(
                        "Denial " + denialId + " has no final " + words(kind) + "; make one final first"))
                : letters.get(denialId, letterId);
        if (letter.kind() != kind) {
            throw AppealException.invalid("Letter " + letter.id() + " is not a " + words(kind));
        }
        if (!letter.isFinal()) {
            throw AppealException.conflict("Letter " + letter.id() + " is still a draft; make it final first");
        }
        return letter;
    }

    /** No cover letter was made by hand: the best cover template for the payer makes one, recorded as final. */
    private AppealLetter newCover(Denial denial, String actor) {
        AppealTemplate template = letters.best(denial, LetterKind.COVER_LETTER);
        if (template == null) {
            throw AppealException.conflict("There is no cover letter template for " + denial.payerName());
        }
        AppealLetter draft = letters.create(denial, template, Map.of(), actor);
        return letters.makeFinal(denial.id(), draft.id(), actor);
    }

    private List<Attachment> chosenAttachments(long denialId, List<Long> ids) {
        if (ids == null) {
            return attachments.of(denialId);
        }
        List<Attachment> chosen = new ArrayList<>();
        for (Long id : ids) {
            chosen.add(attachments.get(denialId, id));
        }
        return chosen;
    }

    private static String letterSource(AppealLetter letter) {
        return "letter " + letter.id() + ", template " + letter.templateName() + " version "
                + (letter.templateVersion() == null ? "-" : letter.templateVersion()) + " sha256 "
                + letter.templateSha256().substring(0, 12);
    }

    private static String contents(PacketAssembler.Result result, List<String> sources) {
        StringBuilder out = new StringBuilder();
        int source = 0;
        for (int i = 0; i < result.titles().size(); i++) {
            String title = result.titles().get(i);
            out.append(i + 1).append(". ").append(title).append(" (page ").append(result.startPages().get(i));
            if (!PacketAssembler.CONTENTS.equals(title)) {
                out.append("; ").append(sources.get(source++));
            }
            out.append(")\n");
        }
        return out.toString().strip();
    }

    private static String words(LetterKind kind) {
        return kind == LetterKind.COVER_LETTER ? "cover letter" : "appeal letter";
    }
}
