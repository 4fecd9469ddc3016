package org.denialflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The shipped templates, read the way the application reads them, and the override folder. */
class TemplateLibraryTest {

    static final List<String> APPEAL_LETTERS = List.of("medical-necessity", "coding-and-modifier", "authorization",
            "timely-filing", "coordination-of-benefits", "duplicate-claim", "bundling", "general-reconsideration");

    private final TemplateLibrary builtIn = new TemplateLibrary(new AppealProperties(null, DataSize.ofMegabytes(10), null));

    @Test
    void everyShippedTemplateIsReadWithItsHeaderAndUsesOnlyKnownPlaceholders() {
        List<AppealTemplate> all = builtIn.all();

        assertThat(all).extracting(AppealTemplate::name).containsAll(APPEAL_LETTERS)
                .contains("cover-letter", "cover-letter-nysdoh");
        for (AppealTemplate template : all) {
            assertThat(template.title()).isNotBlank();
            assertThat(template.version()).isEqualTo("1");
            assertThat(template.sha256()).hasSize(64);
            assertThat(LetterFiller.placeholders(template.body())).as(template.name()).isNotEmpty()
                    .allSatisfy(name -> assertThat(Placeholders.isKnown(name)).as(name).isTrue());
        }
        assertThat(builtIn.find("cover-letter-nysdoh").orElseThrow().payers()).containsExactly("NYSDOH");
        assertThat(builtIn.find("timely-filing").orElseThrow().carcs()).containsExactly("29");
    }

    @Test
    void everyShippedTemplateFilledWithValuesIsAllowedMarkupWithNoTemplateSyntaxLeft() {
        for (AppealTemplate template : builtIn.all()) {
            Map<String, String> values = new HashMap<>();
            for (String name : LetterFiller.placeholders(template.body())) {
                values.put(name, "value of " + name);
            }
            String body = LetterFiller.fill(template, Map.of(), values);

            assertThat(body).as(template.name()).doesNotContain("{{").doesNotContain("}}");
            LetterMarkup.check(body);
        }
    }

    @Test
    void aTemplateInTheOverrideFolderReplacesTheBuiltInOneAndAddsNewOnes(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("bundling.html"), """
                ---
                title: Our own bundling letter
                kind: appeal-letter
                version: 2026-02
                subcategories: BUNDLING
                ---
                <p>Dear {{payer.name}}</p>
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("peer-to-peer.html"), """
                ---
                title: Peer-to-peer request
                ---
                <p>{{patient.name}}</p>
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("broken.html"), "<p>no header</p>", StandardCharsets.UTF_8);
        TemplateLibrary library = new TemplateLibrary(new AppealProperties(folder, DataSize.ofMegabytes(10), null));

        AppealTemplate bundling = library.find("bundling").orElseThrow();
        assertThat(bundling.title()).isEqualTo("Our own bundling letter");
        assertThat(bundling.version()).isEqualTo("2026-02");
        assertThat(bundling.sha256()).isNotEqualTo(builtIn.find("bundling").orElseThrow().sha256());
        assertThat(library.find("peer-to-peer")).isPresent();
        assertThat(library.find("peer-to-peer").orElseThrow().kind()).isEqualTo(LetterKind.APPEAL_LETTER);
        assertThat(library.find("broken")).isEmpty();
        assertThat(library.find("medical-necessity")).isPresent();
    }

    @Test
    void aLetterBodyMayNotCarryScriptsImagesOrLinks() {
        LetterMarkup.check("<p>Fine <strong>text</strong></p><table><tr><td colspan=\"2\">x</td></tr></table>");
        assertThatThrownBy(() -> LetterMarkup.check("<p>x</p><script>alert(1)</script>"))
                .hasMessageContaining("<script>");
        assertThatThrownBy(() -> LetterMarkup.check("<img src=\"http://example.org/x.png\"/>"))
                .hasMessageContaining("<img>");
        assertThatThrownBy(() -> LetterMarkup.check("<p style=\"background:url(http://x)\">x</p>"))
                .hasMessageContaining("style");
        assertThatThrownBy(() -> LetterMarkup.check("<p>unclosed")).hasMessageContaining("well-formed");
    }

    @Test
    void anNpiIsCheckedByItsCheckDigit() {
        assertThat(CorrectedClaims.npi("1234567893")).isEqualTo("1234567893");
        assertThat(CorrectedClaims.npi("1234567890")).isNull();
        assertThat(CorrectedClaims.npi("A234567893")).isNull();
    }
}
