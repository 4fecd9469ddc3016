package org.denialflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.denialflow.support.H2ApplicationTest;
import org.denialflow.support.WebappSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The appeal workbench over HTTP, as a browser logged into Tasklist uses it: the session of the Tasklist login,
 * Spring's CSRF token on every change, and each team's rights.
 */
@H2ApplicationTest
class AppealWorkbenchTest {

    static final String SUMMARY = "Acute chest pain; admitted from the emergency department for monitoring.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AppealLetters letters;
    @Autowired
    AppealPackets packets;

    long denialId;
    String page;

    @BeforeEach
    void denial() {
        denialId = new LedgerFixture(jdbc).denial();
        page = "/appeals/" + denialId;
    }

    @Test
    void withoutALoginThePageSendsTheUserToTasklist() {
        HttpResponse<String> response = WebappSession.anonymous(port).get(page);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/");
    }

    @Test
    void anAppealsSpecialistMakesEditsAndFinalisesALetterAttachesRecordsAndAssemblesThePacket() {
        WebappSession arthur = WebappSession.tasklistLogin(port, "arthur", "demo");
        String html = ok(arthur.get(page));
        assertThat(html).contains("Medical necessity appeal (recommended)", "id=\"upload\"", "id=\"assemble\"")
                .doesNotContain("null", "&amp;#", "&amp;amp;");

        String chosen = ok(arthur.get(page + "?template=medical-necessity"));
        assertThat(chosen).contains("name=\"value.input.clinicalSummary\"", "Clinical summary, written by you",
                "No final appeal letter yet");

        // without the clinical summary the letter is not made; the page says what is missing
        HttpResponse<String> refused = arthur.postForm(page + "/letters", Map.of("templateName", "medical-necessity"),
                chosen);
        assertThat(refused.statusCode()).isEqualTo(302);
        String again = ok(arthur.get(location(refused)));
        assertThat(again).contains("Fill in every field below", "class=\"field needed\"");
        assertThat(letters.of(denialId)).isEmpty();

        String withDraft = follow(arthur, arthur.postForm(page + "/letters", Map.of("templateName", "medical-necessity",
                "value.input.clinicalSummary", SUMMARY), chosen));
        AppealLetter draft = letters.of(denialId).get(0);
        assertThat(draft.body()).contains(SUMMARY);
        assertThat(withDraft).contains("Draft letter " + draft.id(), "contenteditable=\"true\"", "Make final");

        // what a browser's editor sends: its own styles and spans, an unclosed <br>, &nbsp;
        String edited = draft.body() + "<p style=\"color: red\">We also enclose the&nbsp;discharge summary.<br>"
                + "<span style=\"font-weight: bold\">Thank you.</span></p><script>alert(1)</script>";
        String afterSave = follow(arthur, arthur.postForm(page + "/letters/" + draft.id(), Map.of("body", edited),
                withDraft));
        assertThat(afterSave).contains("Letter " + draft.id() + " saved.");
        String saved = letters.get(denialId, draft.id()).body();
        assertThat(saved).contains("We also enclose the&#xa0;discharge summary.<br />", "<span>Thank you.</span>")
                .doesNotContain("style", "script", "alert");

        String withFinal = follow(arthur, arthur.postForm(page + "/letters/" + draft.id() + "/final", Map.of(),
                afterSave));
        assertThat(letters.get(denialId, draft.id()).isFinal()).isTrue();
        assertThat(withFinal).contains("is final").doesNotContain("contenteditable=\"true\"");

        String withAttachment = follow(arthur, arthur.postFile(page + "/attachments", "discharge-summary.pdf", "application/pdf",
                TestDocuments.pdf("Discharge summary of the admission"), Map.of("kind", "CLINICAL_NOTES",
                        "description", "Discharge summary"), withFinal));
        assertThat(withAttachment).contains("discharge-summary.pdf attached as Clinical notes.");

        String done = follow(arthur, arthur.postForm(page + "/packet", Map.of("letterId", String.valueOf(draft.id()),
                "attachmentId", String.valueOf(jdbc.sql("select id from denial_attachment where denial_id = ?")
                        .param(denialId).query(Long.class).single())), withAttachment));
        AppealPacket packet = packets.latest(denialId);
        assertThat(done).contains("Packet " + packet.id() + " assembled", "Packet " + packet.id() + " (PDF)");
        HttpResponse<byte[]> pdf = arthur.getBytes("/api/denials/" + denialId + "/appeal-packets/" + packet.id() + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(TestDocuments.text(pdf.body())).contains(SUMMARY, "We also enclose the", "Thank you.",
                "Discharge summary of the admission");
    }

    @Test
    void everyChangeNeedsThePagesCsrfToken() {
        WebappSession arthur = WebappSession.tasklistLogin(port, "arthur", "demo");
        HttpResponse<String> forged = arthur.postForm(page + "/letters", Map.of("templateName", "medical-necessity",
                "value.input.clinicalSummary", SUMMARY), null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(letters.of(denialId)).isEmpty();
    }

    @Test
    void aRefusedUploadIsReportedOnThePageAndChangesNothing() {
        WebappSession arthur = WebappSession.tasklistLogin(port, "arthur", "demo");
        String html = ok(arthur.get(page));
        HttpResponse<String> refused = arthur.postFile(page + "/attachments", "notes.pdf", "application/pdf",
                "#!/bin/sh\necho not a pdf\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of(), html);
        assertThat(ok(arthur.get(location(refused)))).contains("class=\"error banner\"");
        assertThat(jdbc.sql("select count(*) from denial_attachment where denial_id = ?").param(denialId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDocumentAttachedByMistakeIsRemovedWithAReason() {
        WebappSession claire = WebappSession.tasklistLogin(port, "claire", "demo");
        String withAttachment = follow(claire, claire.postFile(page + "/attachments", "records.pdf", "application/pdf",
                TestDocuments.pdf("Another patient's records"), Map.of("kind", "MEDICAL_RECORDS"), ok(claire.get(page))));
        long attachmentId = jdbc.sql("select id from denial_attachment where denial_id = ?").param(denialId)
                .query(Long.class).single();
        String removal = page + "/attachments/" + attachmentId + "/removal";

        HttpResponse<String> withoutReason = claire.postForm(removal, Map.of(), withAttachment);
        assertThat(ok(claire.get(location(withoutReason)))).contains("Say why");
        String after = follow(claire, claire.postForm(removal, Map.of("reason", "Wrong patient"), withAttachment));

        assertThat(after).contains("records.pdf removed").doesNotContain("/attachments/" + attachmentId + "\"");
        assertThat(jdbc.sql("select note from audit_entry where subject_id = ? and action = 'ATTACHMENT_REMOVED'")
                .param(denialId).query(String.class).single()).isEqualTo("Wrong patient");
    }

    @Test
    void billingReadsButWritesNoLettersAndTeamsWithoutAppealWorkSeeNothing() {
        WebappSession beatrice = WebappSession.tasklistLogin(port, "beatrice", "demo");
        String html = ok(beatrice.get(page));
        assertThat(html).doesNotContain("id=\"create-letter\"", "id=\"assemble\"", "id=\"choose-template\"")
                .contains("id=\"upload\"");
        assertThat(beatrice.postForm(page + "/letters", Map.of("templateName", "medical-necessity",
                "value.input.clinicalSummary", SUMMARY), html).statusCode()).isEqualTo(403);
        assertThat(letters.of(denialId)).isEmpty();

        for (String other : List.of("fiona", "pablo")) {
            assertThat(WebappSession.tasklistLogin(port, other, "demo").get(page).statusCode()).as(other).isEqualTo(403);
        }
        assertThat(WebappSession.tasklistLogin(port, "arthur", "demo").get("/appeals/987654321").statusCode())
                .isEqualTo(404);
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> redirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return response;
    }

    /** What the browser does after a form: follows the redirect and shows the page. */
    private static String follow(WebappSession session, HttpResponse<String> response) {
        return ok(session.get(location(redirect(response))));
    }

    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
    }
}
