package org.denialflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.denialflow.ingest.ImportChannel;
import org.denialflow.ingest.ImportService;
import org.denialflow.ingest.csv.CsvReportReader;
import org.denialflow.ingest.model.ClaimAcknowledgment;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.x12.X12Reader;
import org.denialflow.support.H2ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Imports every real sample (X12 and CSV), good and broken, with the application's logging at
 * DEBUG, and looks for the patients in what was logged: no patient name, member id or patient
 * control number may appear. (The level is switched at run time: a second application context would
 * register a second process engine under the same name in this JVM.)
 */
@H2ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class PatientDataLogTest {

    @Autowired
    ImportService imports;

    @Autowired
    LoggingSystem loggingSystem;

    @Test
    void noPatientIdentifierIsLogged(CapturedOutput output) {
        loggingSystem.setLogLevel("org.denialflow", LogLevel.DEBUG);
        try {
            importEverySample(output);
        } finally {
            loggingSystem.setLogLevel("org.denialflow", null);
        }
    }

    private void importEverySample(CapturedOutput output) {
        Set<String> identifiers = new LinkedHashSet<>();
        for (Path sample : HostileInputs.x12Samples()) {
            byte[] content = HostileInputs.bytes(sample);
            collect(new X12Reader().read(new ByteArrayInputStream(content)), identifiers);
            imports.importFile(sample.getFileName().toString(), content, ImportChannel.UPLOAD, "sofia");
        }
        for (Path sample : HostileInputs.csvSamples()) {
            byte[] content = HostileInputs.bytes(sample);
            collect(new CsvReportReader().read(new ByteArrayInputStream(content)), identifiers);
            imports.importFile(sample.getFileName().toString(), content, ImportChannel.UPLOAD, "sofia");
        }
        assertThat(identifiers).as("the samples hold patients to look for").hasSizeGreaterThan(20);
        String log = output.getAll();
        assertThat(log).as("something was logged").contains("Import ");
        for (String identifier : identifiers) {
            assertThat(log).as("the log mentions a patient identifier").doesNotContain(identifier);
        }
    }

    private static void collect(ParsedFile parsed, Set<String> identifiers) {
        parsed.remittances().stream().flatMap(r -> r.claims().stream()).forEach(c -> add(identifiers, c));
        for (ClaimAcknowledgment ack : parsed.acknowledgments()) {
            Stream.of(ack.patientName(), ack.memberId(), ack.patientControlNumber()).forEach(v -> add(identifiers, v));
        }
    }

    private static void add(Set<String> identifiers, RemittanceClaim claim) {
        Stream.of(claim.patientName(), claim.memberId(), claim.patientControlNumber()).forEach(v -> add(identifiers, v));
    }

    /** Values short enough to occur by chance (a "1", a "SMITH") would prove nothing either way. */
    private static void add(Set<String> identifiers, String value) {
        if (value != null && value.strip().length() >= 6) {
            identifiers.add(value.strip());
        }
    }
}
