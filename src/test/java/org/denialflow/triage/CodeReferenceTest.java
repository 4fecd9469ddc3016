package org.denialflow.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeReferenceTest {

    final CodeReference codes = CodeReference.loadDefault();

    @ParameterizedTest
    @ValueSource(strings = {"codes/carc.csv", "codes/rarc.csv"})
    void ownListsHaveNoDuplicatesAndShortLabels(String resource) throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream(resource)) {
            List<List<String>> rows = CsvLines.read(new BufferedReader(new InputStreamReader(
                    Objects.requireNonNull(in), StandardCharsets.UTF_8)));
            Set<String> seen = new HashSet<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                assertThat(seen.add(row.get(0))).as("duplicate %s", row.get(0)).isTrue();
                assertThat(row.get(1)).as("label of %s", row.get(0)).isNotBlank().hasSizeLessThanOrEqualTo(60);
            }
            assertThat(seen).hasSizeGreaterThan(20);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3", "45", "131", "253", "23", "4", "5", "58", "6", "7", "9", "10", "11", "167",
            "97", "231", "234", "236", "B20", "146", "181", "182", "189", "199", "B16", "150", "151", "152", "153",
            "50", "40", "55", "56", "15", "197", "198", "284", "39", "288", "243", "16", "17", "226", "227", "228",
            "163", "164", "250", "251", "252", "18", "B13", "13", "14", "31", "140", "8", "170", "171", "172", "183",
            "184", "185", "B7", "206", "207", "208", "26", "27", "200", "32", "33", "34", "35", "119", "149", "96",
            "204", "49", "51", "109", "B11", "270", "22", "19", "20", "21", "129", "275", "276", "24", "242", "256",
            "29", "133", "A1", "42", "94", "A2", "107", "165", "91", "142", "A7", "104", "141", "59"})
    void everyPrimerAndSampleCarcHasALabel(String carc) {
        assertThat(codes.carc(carc)).get().extracting(CodeEntry::label).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MA130", "N211", "N479", "MA04", "M127", "N290", "M62", "N54", "N386", "N115", "N130",
            "N14", "N20", "M75", "M25", "M80", "M26", "M51", "N1", "N36", "MA92", "MA02", "N689", "N419", "N206"})
    void everyPrimerAndSampleRarcHasALabel(String rarc) {
        assertThat(codes.rarc(rarc)).get().extracting(CodeEntry::label).isNotNull();
    }

    @Test
    void categoryColumnAgreesWithTheTable() {
        TriageDecisions decisions = new TriageDecisions(
                DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(), Clock.systemUTC());
        for (CodeEntry carc : codes.all(CodeList.CARC)) {
            if (carc.category() == null) {
                continue;
            }
            Categorization c = decisions.categorize(
                    new CategorizationInput("CO", carc.code(), List.of(), PayerProgram.COMMERCIAL, null));
            assertThat(c.category()).as("CO-%s", carc.code()).isEqualTo(carc.category());
        }
    }

    @Test
    void lookupNormalizesGroupPrefixAndCase() {
        assertThat(codes.carc("co-16")).get().extracting(CodeEntry::code).isEqualTo("16");
        assertThat(codes.rarc(" ma130 ")).isPresent();
        assertThat(codes.carc("Z999")).isEmpty();
        assertThat(codes.display(CodeList.CARC, "Z999")).isEqualTo("Z999");
        assertThat(codes.carc("16").orElseThrow().isActiveOn(LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void officialDescriptionsAreShownNextToOurLabel(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("official.csv");
        Files.writeString(csv, """
                # supplied by the operator
                Code,Description,Start,Stop
                16,"Official text for sixteen, with a comma",01/01/1995,
                CO-45,"Official ""quoted"" text",1995-01-01,
                MA130,Official remark text,,
                999,A code we have no label for,2020-01-01,2024-12-31
                N9999,A remark we have no label for,,
                """);
        assertThat(codes.loadOfficialDescriptions(csv)).isEqualTo(5);

        CodeEntry sixteen = codes.carc("16").orElseThrow();
        assertThat(sixteen.officialDescription()).isEqualTo("Official text for sixteen, with a comma");
        assertThat(sixteen.label()).isEqualTo("Claim lacks information (see remark)");
        assertThat(sixteen.start()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(sixteen.displayText()).startsWith("Claim lacks information").contains("Official text for sixteen");
        assertThat(codes.carc("45").orElseThrow().officialDescription()).isEqualTo("Official \"quoted\" text");
        assertThat(codes.rarc("MA130").orElseThrow().officialDescription()).isEqualTo("Official remark text");

        CodeEntry added = codes.carc("999").orElseThrow();
        assertThat(added.label()).isNull();
        assertThat(added.displayText()).isEqualTo("A code we have no label for");
        assertThat(added.isActiveOn(LocalDate.of(2025, 6, 1))).isFalse();
        assertThat(codes.rarc("N9999")).isPresent();
    }

    @Test
    void explicitListColumnWins(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("official.csv");
        Files.writeString(csv, "list,code,description\nRARC,M62,Remark text\nCARC,B7,Reason text\n");
        codes.loadOfficialDescriptions(csv);
        assertThat(codes.rarc("M62").orElseThrow().officialDescription()).isEqualTo("Remark text");
        assertThat(codes.carc("B7").orElseThrow().officialDescription()).isEqualTo("Reason text");
    }

    @Test
    void fileWithoutDescriptionColumnIsRefused(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "code,text\n16,x\n");
        assertThatThrownBy(() -> codes.loadOfficialDescriptions(csv)).hasMessageContaining("description");
    }

    @Test
    void configurationLoadsTheOfficialFileWhenSet(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("official.csv");
        Files.writeString(csv, "code,description\n29,Official timely filing text\n");
        CodeReferenceConfiguration config = new CodeReferenceConfiguration();
        assertThat(config.codeReference(csv.toString()).carc("29").orElseThrow().officialDescription())
                .isEqualTo("Official timely filing text");
        assertThat(config.codeReference("").carc("29").orElseThrow().officialDescription()).isNull();
    }
}
