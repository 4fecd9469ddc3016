package org.denialflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.denialflow.ingest.ImportChannel;
import org.denialflow.ingest.ImportResult;
import org.denialflow.ingest.ImportService;
import org.denialflow.support.Samples;
import org.denialflow.triage.CodeReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Letters, attachments, corrected claims and packets on a real database. Runs on H2 and PostgreSQL. */
abstract class AppealChecks {

    @Autowired
    AppealLetters letters;
    @Autowired
    Attachments attachments;
    @Autowired
    AppealPackets packets;
    @Autowired
    CorrectedClaims correctedClaims;
    @Autowired
    TemplateLibrary templates;
    @Autowired
    DenialRepository denials;
    @Autowired
    AuditTrail audit;
    @Autowired
    CodeReference codes;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    /** What each appeal letter template is for, and what the person writing it adds. */
    record Case(String template, String category, String subcategory, String carc, Map<String, String> values) {
    }

    static final List<Case> CASES = List.of(
            new Case("medical-necessity", "CLINICAL", "MEDICAL_NECESSITY", "50",
                    Map.of("input.clinicalSummary", "Chest pain with abnormal ECG required same-day evaluation.")),
            new Case("coding-and-modifier", "CLINICAL", "CODING", "4", Map.of()),
            new Case("authorization", "CLINICAL", "AUTHORIZATION", "197",
                    Map.of("input.authorizationReference", "Retro-authorization RA-55821 was issued on 01/09/2026.")),
            new Case("timely-filing", "ADMINISTRATIVE", "TIMELY_FILING", "29", Map.of()),
            new Case("coordination-of-benefits", "ADMINISTRATIVE", "COORDINATION_OF_BENEFITS", "22", Map.of()),
            new Case("duplicate-claim", "TECHNICAL", "DUPLICATE", "18", Map.of()),
            new Case("bundling", "CLINICAL", "BUNDLING", "97", Map.of()),
            new Case("general-reconsideration", "TECHNICAL", "MISSING_INFORMATION", "16", Map.of()));

    LedgerFixture fixture() {
        return new LedgerFixture(jdbc);
    }

    @Test
    void everyTemplateIsOfferedForItsCategoryAndRendersEveryPlaceholderIntoThePdf() {
        for (Case c : CASES) {
            LedgerFixture ledger = fixture().category(c.category(), c.subcategory(), c.carc());
            ledger.acknowledged = "timely-filing".equals(c.template());
            ledger.otherPayer = "coordination-of-benefits".equals(c.template()) ? "GREAT LAKES MUTUAL" : null;
            long denialId = ledger.denial();

            List<AppealLetters.TemplateOffer> offers = letters.offer(denialId);
            AppealLetters.TemplateOffer best = offers.stream().filter(o -> o.kind() == LetterKind.APPEAL_LETTER)
                    .findFirst().orElseThrow();
            assertThat(best.name()).as(c.template()).isEqualTo(c.template());
            assertThat(best.recommended()).isTrue();
            assertThat(offers).as("no payer-specific template for another payer")
                    .noneMatch(o -> o.name().equals("cover-letter-nysdoh"));

            AppealLetter letter = letters.create(denialId, c.template(), c.values(), "arthur");
            assertThat(letter.status()).isEqualTo(AppealLetter.DRAFT);
            AppealTemplate template = templates.find(c.template()).orElseThrow();
            assertThat(letter.templateVersion()).isEqualTo("1");
            assertThat(letter.templateSha256()).isEqualTo(template.sha256());
            assertThat(letter.appealLevel()).isEqualTo(1);

            String text = TestDocuments.flowingText(letters.pdf(denialId, letter.id()));
            assertThat(text).as(c.template()).doesNotContain("{{").doesNotContain("}}").doesNotContain("&amp;")
                    .contains(ledger.payerName, ledger.patientName, ledger.memberId, ledger.payerClaimNumber,
                            ledger.patientControlNumber, "01/05/2026", "$450.00", "CO-" + c.carc(),
                            "07/01/2026", "first-level appeal", ledger.payeeName, ledger.payeeId,
                            "DenialFlow denial " + denialId);
            if (!c.template().equals("timely-filing") && !c.template().equals("coordination-of-benefits")) {
                assertThat(text).as(c.template()).contains(codes.carc(c.carc()).orElseThrow().label());
            }
            c.values().values().forEach(v -> assertThat(text).contains(v));
            if (c.template().equals("timely-filing")) {
                assertThat(text).contains("01/14/2026", "clearinghouse trace TRC");
            }
            if (c.template().equals("coordination-of-benefits")) {
                assertThat(text).contains("GREAT LAKES MUTUAL");
            }
        }
    }

    @Test
    void missingDataGivesOneClearMessageAndNoLetter() {
        LedgerFixture ledger = fixture();
        ledger.memberId = null;
        ledger.deadline = null;
        long denialId = ledger.denial();

        assertThat(letters.offer(denialId)).filteredOn(o -> o.name().equals("medical-necessity")).singleElement()
                .satisfies(o -> assertThat(o.missing()).extracting(LetterFiller.MissingField::field)
                        .containsExactlyInAnyOrder("patient.memberId", "appeal.deadline", "input.clinicalSummary"));
        assertThatThrownBy(() -> letters.create(denialId, "medical-necessity", Map.of(), "arthur"))
                .isInstanceOfSatisfying(MissingDataException.class, e -> {
                    assertThat(e.missing()).extracting(LetterFiller.MissingField::field)
                            .containsExactlyInAnyOrder("patient.memberId", "appeal.deadline", "input.clinicalSummary");
                    assertThat(e.getMessage()).contains("patient.memberId (the patient's member (subscriber) id)",
                            "appeal.deadline (the last day to file this appeal)", "input.clinicalSummary");
                });
        assertThat(letters.of(denialId)).isEmpty();
        assertThatThrownBy(() -> letters.create(denialId, "medical-necessity", Map.of("patient.favouriteColour", "blue"),
                "arthur")).hasMessageContaining("patient.favouriteColour");

        AppealLetter letter = letters.create(denialId, "medical-necessity", Map.of("patient.memberId", "XYZ123",
                "appeal.deadline", "06/30/2026", "input.clinicalSummary", "Admitted for sepsis & dehydration."),
                "arthur");
        assertThat(letter.body()).contains("XYZ123", "06/30/2026", "sepsis &amp; dehydration");
    }

    @Test
    void namesOutsideLatin1PrintAsWrittenInTheLetterAndThePacket() {
        LedgerFixture ledger = fixture();
        ledger.patientName = "NGUYỄN, THỊ HƯƠNG";
        ledger.payerName = "ŁÓDŹ MUTUAL";
        long denialId = ledger.denial();
        AppealLetter letter = letters.create(denialId, "general-reconsideration", Map.of(), "arthur");
        assertThat(TestDocuments.text(letters.pdf(denialId, letter.id()))).contains("NGUYỄN, THỊ HƯƠNG", "ŁÓDŹ MUTUAL");

        letters.makeFinal(denialId, letter.id(), "arthur");
        byte[] packet = packets.pdf(denialId, packets.assemble(denialId, null, "arthur").id());
        assertThat(TestDocuments.text(packet)).contains("NGUYỄN, THỊ HƯƠNG").doesNotContain("NGUY?N");
    }

    @Test
    void aDraftCanBeEditedUntilItIsFinalAndFinalIsAudited() {
        long denialId = fixture().denial();
        AppealLetter draft = letters.create(denialId, "general-reconsideration", Map.of(), "arthur");

        AppealLetter edited = letters.edit(denialId, draft.id(), "<p>Our own words for this payer.</p>", "arthur");
        assertThat(edited.body()).isEqualTo("<p>Our own words for this payer.</p>");
        assertThatThrownBy(() -> letters.edit(denialId, draft.id(), "<p>{{patient.name}}</p>", "arthur"))
                .hasMessageContaining("placeholder");
        assertThatThrownBy(() -> letters.edit(denialId, draft.id(), "<p><img src=\"http://x/y.png\"/></p>", "arthur"))
                .hasMessageContaining("<img>");

        letters.makeFinal(denialId, draft.id(), "arthur");
        assertThatThrownBy(() -> letters.edit(denialId, draft.id(), "<p>late change</p>", "arthur"))
                .isInstanceOfSatisfying(AppealException.class,
                        e -> assertThat(e.reason()).isEqualTo(AppealException.Reason.CONFLICT));
        assertThat(audit.of(AuditTrail.Subject.DENIAL, denialId)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("APPEAL_LETTER_FINAL");
            assertThat(e.details()).contains("general-reconsideration", "version 1", draft.templateSha256());
        });
    }

    @Test
    void thePayersOwnCoverLetterIsOfferedFirstForThatPayerOnly() {
        LedgerFixture ledger = fixture();
        ledger.payerName = "NYSDOH";
        ledger.payerId = "141797357";
        long denialId = ledger.denial();

        List<AppealLetters.TemplateOffer> covers = letters.offer(denialId).stream()
                .filter(o -> o.kind() == LetterKind.COVER_LETTER).toList();
        assertThat(covers.get(0).name()).isEqualTo("cover-letter-nysdoh");
        assertThat(covers.get(0).recommended()).isTrue();
        assertThat(covers).extracting(AppealLetters.TemplateOffer::name).contains("cover-letter");

        AppealLetter cover = letters.create(denialId, "cover-letter-nysdoh", Map.of(), "arthur");
        String text = TestDocuments.text(letters.pdf(denialId, cover.id()));
        assertThat(text).contains("Provider appeal cover sheet", "NYSDOH".equals(ledger.payerName) ? "Recipient id" : "",
                ledger.memberId, ledger.payerClaimNumber).doesNotContain("{{");
        long otherPayer = fixture().denial();
        assertThatThrownBy(() -> letters.create(otherPayer, "cover-letter-nysdoh", Map.of(), "arthur"))
                .hasMessageContaining("written for");
    }

    record Snapshot(Denial denial, long attachments, long auditEntries, long letters) {
    }

    Snapshot snapshot(long denialId) {
        return new Snapshot(denials.get(denialId),
                jdbc.sql("select count(*) from denial_attachment where denial_id = ?").param(denialId).query(Long.class).single(),
                jdbc.sql("select count(*) from audit_entry where subject_id = ?").param(denialId).query(Long.class).single(),
                jdbc.sql("select count(*) from appeal_letter where denial_id = ?").param(denialId).query(Long.class).single());
    }

    @Test
    void refusedUploadsSayWhyAndChangeNothingOnTheDenial() {
        long denialId = fixture().denial();
        Snapshot before = snapshot(denialId);
        byte[] pdf = TestDocuments.pdf("A clinical note");
        byte[] tooLarge = Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        byte[] exe = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        byte[] malformed = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage".getBytes(StandardCharsets.ISO_8859_1);
        byte[] brokenPng = Arrays.copyOf(TestDocuments.image("png", 40, 40), 30);

        refused(denialId, "notes.pdf", "application/pdf", tooLarge, AppealException.Reason.TOO_LARGE, "limit");
        refused(denialId, "scan.gif", "image/gif", gif, AppealException.Reason.UNSUPPORTED_TYPE, "Only PDF, PNG and JPEG");
        refused(denialId, "notes.pdf", "application/pdf", exe, AppealException.Reason.UNSUPPORTED_TYPE, "Only PDF, PNG and JPEG");
        refused(denialId, "notes.pdf", "application/pdf", malformed, AppealException.Reason.INVALID, "damaged");
        refused(denialId, "scan.png", "image/png", brokenPng, AppealException.Reason.INVALID, "damaged");
        refused(denialId, "../../etc/cron.d/notes.pdf", "application/pdf", pdf, AppealException.Reason.INVALID, "plain name");
        refused(denialId, "..\\notes.pdf", "application/pdf", pdf, AppealException.Reason.INVALID, "plain name");
        refused(denialId, "notes.exe", "application/pdf", pdf, AppealException.Reason.UNSUPPORTED_TYPE, ".pdf");
        refused(denialId, "notes.png", "image/png", pdf, AppealException.Reason.UNSUPPORTED_TYPE, "says it is image/png");
        refused(denialId, "empty.pdf", "application/pdf", new byte[0], AppealException.Reason.INVALID, "empty");

        assertThat(snapshot(denialId)).isEqualTo(before);

        Attachment accepted = attachments.add(denialId, "clinical-notes", "visit note #1.pdf", "application/octet-stream",
                pdf, "Office visit note", "claire");
        assertThat(accepted.fileName()).isEqualTo("visit note _1.pdf");
        assertThat(accepted.mediaType()).isEqualTo("application/pdf");
        assertThat(accepted.kind()).isEqualTo(AttachmentKind.CLINICAL_NOTES);
        assertThat(attachments.content(denialId, accepted.id())).isEqualTo(pdf);
    }

    @Test
    void aDocumentAttachedByMistakeIsRemovedWithItsReasonAndPacketsKeepTheirCopy() {
        long denialId = fixture().denial();
        Attachment wrong = attachments.add(denialId, "medical-records", "records.pdf", "application/pdf",
                TestDocuments.pdf("Records of another patient"), null, "claire");
        AppealLetter letter = letters.create(denialId, "general-reconsideration", Map.of(), "arthur");
        letters.makeFinal(denialId, letter.id(), "arthur");
        AppealPacket packet = packets.assemble(denialId, null, "arthur");

        assertThatThrownBy(() -> attachments.remove(denialId, wrong.id(), " ", "claire"))
                .hasMessageContaining("Say why");
        attachments.remove(denialId, wrong.id(), "Wrong patient's records", "claire");

        assertThat(attachments.of(denialId)).isEmpty();
        assertThatThrownBy(() -> attachments.content(denialId, wrong.id())).isInstanceOfSatisfying(AppealException.class,
                e -> assertThat(e.reason()).isEqualTo(AppealException.Reason.NOT_FOUND));
        assertThat(audit.of(AuditTrail.Subject.DENIAL, denialId)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ATTACHMENT_REMOVED");
            assertThat(e.actor()).isEqualTo("claire");
            assertThat(e.note()).isEqualTo("Wrong patient's records");
            assertThat(e.details()).contains("records.pdf", wrong.sha256(), "attached by claire");
        });
        assertThat(TestDocuments.text(packets.pdf(denialId, packet.id()))).contains("Records of another patient");
    }

    private void refused(long denialId, String name, String type, byte[] content, AppealException.Reason reason,
                         String message) {
        assertThatThrownBy(() -> attachments.add(denialId, "clinical-notes", name, type, content, null, "claire"))
                .as(name).isInstanceOfSatisfying(AppealException.class, e -> {
                    assertThat(e.reason()).as(name + ": " + e.getMessage()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void thePacketIsOnePdfWithContentsPageNumbersAndTheAttachmentsInOrderAndItsSubmissionIsAudited() {
        LedgerFixture ledger = fixture();
        ledger.recommendedAction = "CORRECT_AND_RESUBMIT";
        long denialId = ledger.denial();
        AppealLetter letter = letters.create(denialId, "medical-necessity",
                Map.of("input.clinicalSummary", "Unstable angina on presentation."), "arthur");
        letters.makeFinal(denialId, letter.id(), "arthur");
        attachments.add(denialId, "clinical-notes", "clinical-note.pdf", "application/pdf",
                TestDocuments.pdf("Clinical note page one", "Clinical note page two"), null, "claire");
        attachments.add(denialId, "medical-records", "ecg.png", "image/png", TestDocuments.image("png", 900, 600), null,
                "claire");
        attachments.add(denialId, "provider-statement", "statement.pdf", "application/pdf",
                TestDocuments.pdf("Statement of the attending physician"), null, "arthur");
        attachments.add(denialId, "other", "photo.jpg", "image/jpeg", TestDocuments.image("jpg", 300, 500), null,
                "arthur");

        AppealPacket packet = packets.assemble(denialId, null, "arthur");
        byte[] pdf = packets.pdf(denialId, packet.id());
        List<String> pages = TestDocuments.pages(pdf);

        assertThat(packet.pageCount()).isEqualTo(pages.size());
        assertThat(packet.sha256()).isEqualTo(Checksums.sha256(pdf));
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
        }
        assertThat(pages.get(0)).contains("Appeal packet: claim " + ledger.payerClaimNumber);
        String toc = pages.get(1);
        assertThat(toc).contains("Table of contents");
        int letterPage = tocPage(toc, "Appeal letter: Medical necessity appeal");
        int claimPage = tocPage(toc, "Corrected claim summary \\(CMS-1500\\)");
        int notePage = tocPage(toc, "Clinical notes: clinical-note.pdf");
        int ecgPage = tocPage(toc, "Medical records: ecg.png");
        int statementPage = tocPage(toc, "Provider statement: statement.pdf");
        int photoPage = tocPage(toc, "Other document: photo.jpg");
        assertThat(List.of(letterPage, claimPage, notePage, ecgPage, statementPage, photoPage)).isSorted();
        assertThat(pages.get(letterPage - 1)).contains("Appeal: the care was medically necessary");
        assertThat(pages.get(claimPage - 1)).contains("Corrected claim summary", ledger.payerClaimNumber);
        assertThat(pages.get(notePage - 1)).contains("Clinical note page one");
        assertThat(pages.get(notePage)).contains("Clinical note page two");
        assertThat(ecgPage).isEqualTo(notePage + 2);
        assertThat(TestDocuments.imageCount(pdf, ecgPage - 1)).isEqualTo(1);
        assertThat(pages.get(statementPage - 1)).contains("Statement of the attending physician");
        assertThat(photoPage).isEqualTo(statementPage + 1).isEqualTo(pages.size());
        assertThat(TestDocuments.imageCount(pdf, photoPage - 1)).isEqualTo(1);

        AppealPackets.Submission submission = packets.recordSubmission(denialId, 1, "arthur");
        packets.recordSubmission(denialId, 1, "arthur");
        assertThat(submission.sha256()).isEqualTo(packet.sha256());
        assertThat(submission.submittedBy()).isEqualTo("arthur");
        List<AuditTrail.Entry> submitted = audit.of(AuditTrail.Subject.DENIAL, denialId).stream()
                .filter(e -> e.action().equals("APPEAL_PACKET_SUBMITTED")).toList();
        assertThat(submitted).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("arthur");
            assertThat(e.details()).contains(packet.sha256(), "Cover letter", "Table of contents",
                    "Medical necessity appeal", "clinical-note.pdf", "ecg.png", "statement.pdf", "photo.jpg");
            assertThat(e.documents()).contains(packet.sha256());
        });
        assertThatThrownBy(() -> packets.recordSubmission(denialId, 2, "arthur")).hasMessageContaining("level 2");
    }

    private static int tocPage(String toc, String titleRegex) {
        Matcher m = Pattern.compile(titleRegex + "\\s+page (\\d+)").matcher(toc);
        assertThat(m.find()).as(titleRegex + " in\n" + toc).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aPacketNeedsAFinalAppealLetter() {
        long denialId = fixture().denial();
        assertThatThrownBy(() -> packets.assemble(denialId, null, "arthur")).hasMessageContaining("no final appeal letter");
        AppealLetter draft = letters.create(denialId, "general-reconsideration", Map.of(), "arthur");
        assertThatThrownBy(() -> packets.assemble(denialId, new PacketRequest(draft.id(), null, null, null, null), "arthur"))
                .hasMessageContaining("still a draft");
        assertThat(packets.of(denialId)).isEmpty();
    }

    @Test
    void theCorrectedClaimSaysWhatIsMissingThenCarriesFrequencyAndOriginalClaimNumber() {
        LedgerFixture ledger = fixture().category("CLINICAL", "CODING", "4");
        long denialId = ledger.denial();

        CorrectedClaim fromLedger = correctedClaims.build(denialId, null);
        assertThat(fromLedger.form()).isEqualTo("CMS-1500");
        assertThat(fromLedger.complete()).isFalse();
        assertThat(fromLedger.x12()).isNull();
        assertThat(fromLedger.missing()).anyMatch(m -> m.contains("diagnosis codes"))
                .anyMatch(m -> m.contains("service lines")).anyMatch(m -> m.contains("tax id"));
        assertThat(fromLedger.fields()).contains(new CorrectedClaim.Field("22", "Original ref. no.", ledger.payerClaimNumber))
                .anySatisfy(f -> assertThat(f.value()).startsWith("7"));

        CorrectionDetails details = new CorrectionDetails("7", "12-3456789", "100 Main Street", "Springfield", "IL",
                "62701", List.of("I20.0", "R07.9"), List.of(new CorrectionDetails.Line("99214", List.of("25"), null,
                new BigDecimal("450.00"), BigDecimal.ONE, LocalDate.of(2026, 1, 5))));
        CorrectedClaim complete = correctedClaims.build(denialId, details);
        assertThat(complete.missing()).isEmpty();
        assertThat(complete.x12()).contains("CLM*" + ledger.patientControlNumber + "*450***11:B:7*Y*A*Y*Y~",
                "REF*F8*" + ledger.payerClaimNumber + "~", "HI*ABK:I200*ABF:R079~", "SV1*HC:99214:25*450*UN*1***1~",
                "DTP*472*D8*20260105~", "NM1*85*2*RIVERSIDE FAMILY CLINIC*****XX*1234567893~", "REF*EI*123456789~");

        LedgerFixture facility = fixture();
        facility.claimType = "INSTITUTIONAL";
        long institutional = facility.denial();
        CorrectedClaim voided = correctedClaims.build(institutional, new CorrectionDetails("8", "123456789",
                "1 Hospital Way", "Springfield", "IL", "62701", List.of("A41.9"), List.of(new CorrectionDetails.Line(
                "99284", List.of(), "0450", new BigDecimal("450"), BigDecimal.ONE, null))));
        assertThat(voided.form()).isEqualTo("UB-04");
        assertThat(voided.fields()).anySatisfy(f -> assertThat(f.value()).isEqualTo("0118 (frequency 8)"));
        assertThat(voided.x12()).contains(":A:8", "REF*F8*" + facility.payerClaimNumber, "SV2*0450*HC:99284*450*UN*1~",
                "DTP*434*RD8*20260105-20260105~");
        assertThatThrownBy(() -> correctedClaims.build(institutional, new CorrectionDetails("1", null, null, null, null,
                null, null, null))).hasMessageContaining("7 (replacement) or 8 (void)");
    }

    @Test
    void aDenialImportedFromARealRemittanceGetsALetterFromTheLedger() {
        String tag = "APL" + System.nanoTime() % 100000;
        byte[] file = Samples.text("pyx12__835_mult_loops.txt").replace("2005555A", "2005555A" + tag)
                .replace("4276512332", "4276512332" + tag).replace("3920394930203", "3920394930203" + tag)
                .getBytes(StandardCharsets.ISO_8859_1);
        ImportResult result = imports.importFile("remit-" + tag + ".835", file, ImportChannel.UPLOAD, "beatrice");
        long denialId = jdbc.sql("select id from denial where import_id = ?").param(result.importId())
                .query(Long.class).single();
        Denial denial = denials.get(denialId);

        AppealLetters.TemplateOffer best = letters.offer(denialId).stream()
                .filter(o -> o.kind() == LetterKind.APPEAL_LETTER).findFirst().orElseThrow();
        assertThat(best.recommended()).isTrue();
        Map<String, String> written = new java.util.HashMap<>();
        best.missing().forEach(m -> written.put(m.field(), "Written by hand: " + m.field()));
        AppealLetter letter = letters.create(denialId, best.name(), written, "arthur");
        String text = TestDocuments.text(letters.pdf(denialId, letter.id()));

        assertThat(text).contains("4276512332" + tag, "2005555A" + tag, "CO-16", "$915.39").doesNotContain("{{");
        written.keySet().forEach(field -> assertThat(text).contains("Written by hand: " + field));
        assertThat(denial.payerClaimNumber()).isEqualTo("4276512332" + tag);
    }
}
