package org.denialflow.ingest.csv;

import org.denialflow.ingest.model.Adjustment;
import org.denialflow.ingest.model.ClaimAcknowledgment;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Problem;
import org.denialflow.ingest.model.RemarkCode;
import org.denialflow.ingest.model.Remittance;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.model.ServiceLine;
import org.denialflow.ingest.model.SourceFormat;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CsvReportReaderTest {

    @Test
    void readsTheStandardLayoutWithBomCrLfQuotesAndBlankLines() {
        ParsedFile file = read(new CsvReportReader(), "standard-report.csv");

        assertThat(file.format()).isEqualTo(SourceFormat.CSV_REPORT);
        assertThat(file.problems()).isEmpty();
        assertThat(file.interchanges()).singleElement()
                .satisfies(i -> assertThat(i.date()).isEqualTo(LocalDate.of(2025, 3, 10)));

        List<Remittance> remittances = file.remittances();
        assertThat(remittances).hasSize(2);
        Remittance medicare = remittances.get(0);
        assertThat(medicare.implementationVersion()).isEqualTo("CSV:standard");
        assertThat(medicare.payer().id()).isEqualTo("99901");
        assertThat(medicare.payee().id()).isEqualTo("1999990017");
        assertThat(medicare.traceNumber()).isEqualTo("EFT0001");
        assertThat(medicare.paymentDate()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(medicare.totalPayment()).isEqualByComparingTo("80");
        assertThat(medicare.segmentPosition()).isEqualTo(2);
        assertThat(remittances.get(1).payer().name()).isEqualTo("ACME HEALTH, INC. \"SYNTHETIC\"");

        RemittanceClaim registration = medicare.claims().get(0);
        assertThat(registration.patientControlNumber()).isEqualTo("SYN000000101");
        assertThat(registration.payerClaimControlNumber()).isEqualTo("5125060000001010");
        assertThat(registration.statusCode()).isEqualTo("4");
        assertThat(registration.filingIndicator()).isEqualTo("MB");
        assertThat(registration.patientName()).isEqualTo("SAMPLE, ALPHA");
        assertThat(registration.lines()).isEmpty();
        assertThat(registration.adjustments()).containsExactly(new Adjustment("CO", "31", new BigDecimal("245.00"), null));
        assertThat(registration.remarkCodes()).containsExactly(new RemarkCode("N382", "MOA", null),
                new RemarkCode("MA27", "MOA", null));
        assertThat(registration.segmentPosition()).isEqualTo(2);

        RemittanceClaim partial = medicare.claims().get(1);
        assertThat(partial.segmentPosition()).isEqualTo(4);
        assertThat(partial.charge()).isEqualByComparingTo("410");
        assertThat(partial.paid()).isEqualByComparingTo("80");
        assertThat(partial.patientResponsibility()).isEqualByComparingTo("20");
        assertThat(partial.adjustments()).isEmpty();
        assertThat(partial.lines()).hasSize(2);
        ServiceLine visit = partial.lines().get(0);
        assertThat(visit.procedureCode()).isEqualTo("99214");
        assertThat(visit.modifiers()).containsExactly("25");
        assertThat(visit.charge()).isEqualByComparingTo("245");
        assertThat(visit.paid()).isEqualByComparingTo("80");
        assertThat(visit.serviceDate()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(visit.adjustments()).extracting(Adjustment::group, Adjustment::reason)
                .containsExactly(tuple("CO", "45"), tuple("PR", "2"));
        ServiceLine denied = partial.lines().get(1);
        assertThat(denied.procedureCode()).isEqualTo("20610");
        assertThat(denied.paid()).isEqualByComparingTo("0");
        assertThat(denied.remarkCodes()).containsExactly(new RemarkCode("N386", "LQ", "HE"),
                new RemarkCode("N115", "LQ", "HE"));

        List<ClaimAcknowledgment> acknowledgments = file.acknowledgments();
        assertThat(acknowledgments).hasSize(2);
        ClaimAcknowledgment rejected = acknowledgments.get(0);
        assertThat(rejected.patientControlNumber()).isEqualTo("SYN000000104");
        assertThat(rejected.payerClaimControlNumber()).isNull();
        assertThat(rejected.clearinghouseTraceNumber()).isEqualTo("CH0000000104");
        assertThat(rejected.charge()).isEqualByComparingTo("165");
        assertThat(rejected.statusDate()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(rejected.segmentPosition()).isEqualTo(9);
        assertThat(rejected.statuses()).containsExactly(
                new ClaimAcknowledgment.ClaimStatus("A6", "21", "QC", "PATIENT \"DOB\" MISSING, RESUBMIT"),
                new ClaimAcknowledgment.ClaimStatus("A6", "158", "QC", null));
        ClaimAcknowledgment accepted = acknowledgments.get(1);
        assertThat(accepted.statuses()).containsExactly(new ClaimAcknowledgment.ClaimStatus("A2", "20", null, null));
        assertThat(accepted.payerClaimControlNumber()).isEqualTo("5125069000001050");
        assertThat(accepted.serviceTo()).isEqualTo(LocalDate.of(2025, 2, 8));
    }

    @Test
    void readsAClearinghouseLayoutThroughItsMappingFile() throws Exception {
        CsvColumnMapping mapping;
        try (InputStream in = resource("acme-clearinghouse.properties")) {
            mapping = CsvColumnMapping.load(in);
        }
        ParsedFile file = read(new CsvReportReader(mapping), "acme-clearinghouse-report.csv");

        assertThat(file.hasErrors()).isFalse();
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("UNKNOWN_COLUMN");
            assertThat(p.message()).contains("Internal Notes");
        });
        assertThat(file.interchanges().get(0).senderId()).isEqualTo("ACMECLAIMS");
        List<RemittanceClaim> claims = file.remittances().get(0).claims();
        assertThat(claims).extracting(RemittanceClaim::patientControlNumber).containsExactly("SYN000000101", "SYN000000200");
        assertThat(claims.get(0).remarkCodes()).extracting(RemarkCode::code).containsExactly("N382", "MA27");
        assertThat(claims.get(0).serviceFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(claims.get(0).statusCode()).as("no claim status column").isNull();
        assertThat(claims.get(1).charge()).isEqualByComparingTo("1250");
        assertThat(claims.get(1).adjustments()).containsExactly(new Adjustment("CO", "16", new BigDecimal("1250.00"), null));
        assertThat(file.remittances().get(0).implementationVersion()).isEqualTo("CSV:acme-daily");
        assertThat(file.acknowledgments()).extracting(a -> a.statuses().get(0).category()).containsExactly("A7", "A2");
        assertThat(file.acknowledgments().get(0).statuses().get(0))
                .isEqualTo(new ClaimAcknowledgment.ClaimStatus("A7", "562", "85", "BILLING NPI NOT ON FILE"));
    }

    @Test
    void theSameClaimReadsTheSameInBothLayouts() throws Exception {
        CsvColumnMapping mapping;
        try (InputStream in = resource("acme-clearinghouse.properties")) {
            mapping = CsvColumnMapping.load(in);
        }
        RemittanceClaim standard = read(new CsvReportReader(), "standard-report.csv").remittances().get(0).claims().get(0);
        RemittanceClaim acme = read(new CsvReportReader(mapping), "acme-clearinghouse-report.csv").remittances().get(0)
                .claims().get(0);
        assertThat(acme.adjustments()).isEqualTo(standard.adjustments());
        assertThat(acme.remarkCodes()).isEqualTo(standard.remarkCodes());
        assertThat(acme.charge()).isEqualByComparingTo(standard.charge());
        assertThat(acme.payerClaimControlNumber()).isEqualTo(standard.payerClaimControlNumber());
    }

    @Test
    void aMissingRequiredColumnIsAnErrorOnTheHeaderLine() {
        ParsedFile file = read(new CsvReportReader(), "broken-missing-column.csv");
        assertThat(file.hasErrors()).isTrue();
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("MISSING_COLUMN");
            assertThat(p.segmentPosition()).isEqualTo(1);
            assertThat(p.segmentId()).isEqualTo("patient_control_number");
        });
        assertThat(file.interchanges()).isEmpty();
    }

    @Test
    void badValuesAreErrorsOnTheirLinesAndTheGoodRowIsStillRead() {
        ParsedFile file = read(new CsvReportReader(), "broken-values.csv");
        assertThat(file.hasErrors()).isTrue();
        assertThat(file.problems()).filteredOn(Problem::isError)
                .extracting(Problem::code, Problem::segmentPosition, Problem::segmentId)
                .containsExactly(
                        tuple("BAD_AMOUNT", 2L, "billed"),
                        tuple("BAD_DATE", 3L, "report_date"),
                        tuple("COLUMN_COUNT", 4L, null),
                        tuple("UNKNOWN_RECORD_TYPE", 5L, "record_type"));
        assertThat(file.remittances()).flatExtracting(Remittance::claims).singleElement()
                .satisfies(c -> assertThat(c.segmentPosition()).isEqualTo(6));
    }

    @Test
    void problemMessagesDoNotRepeatPatientData() {
        ParsedFile file = read(new CsvReportReader(), "broken-values.csv");
        assertThat(file.problems()).allSatisfy(p -> assertThat(p.message())
                .doesNotContain("SAMPLE").doesNotContain("SYNM0000AAAA").doesNotContain("2025-02-30"));
    }

    @Test
    void anUnterminatedQuoteIsAnErrorOnTheLineItOpens() {
        ParsedFile file = read(new CsvReportReader(), "broken-unterminated-quote.csv");
        assertThat(file.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("MALFORMED_CSV");
            assertThat(p.segmentPosition()).isEqualTo(3);
        });
    }

    @Test
    void rowTypeSpecificColumnsAndValuesAreRequired() {
        String header = "record_type,report_date,payer_id,patient_control_number,status_category,status_code\n";
        ParsedFile missingDenialColumns = new CsvReportReader().read(new StringReader(header
                + "DENIAL,2025-03-10,99901,SYN1,,\nDENIAL,2025-03-10,99901,SYN2,,\n"));
        assertThat(missingDenialColumns.problems()).filteredOn(p -> p.code().equals("MISSING_COLUMN"))
                .as("reported once per column, not per row")
                .extracting(Problem::segmentId)
                .containsExactly("payer_claim_number", "billed", "paid", "group_code", "carc", "adjustment_amount");

        ParsedFile rejections = new CsvReportReader().read(new StringReader(header
                + "REJECTION,2025-03-10,99901,SYN3,A2,20\nREJECTION,2025-03-10,99901,SYN4,A7,\n"
                + "REJECTION,2025-03-10,,SYN5,A7,562\n"));
        assertThat(rejections.problems()).extracting(Problem::code, Problem::segmentPosition)
                .containsExactly(tuple("BAD_STATUS_CATEGORY", 2L), tuple("MISSING_VALUE", 3L),
                        tuple("MISSING_VALUE", 4L));
        assertThat(rejections.acknowledgments()).isEmpty();
    }

    @Test
    void disagreeingOrUnbalancedClaimsAreWarningsNotErrors() {
        String csv = "record_type,report_date,payer_id,patient_control_number,payer_claim_number,billed,paid,"
                + "group_code,carc,adjustment_amount\n"
                + "DENIAL,2025-03-10,99901,SYN1,ICN1,100,0,CO,50,60\n"
                + "DENIAL,2025-03-10,99901,SYN1,ICN1,120,0,CO,16,20\n";
        ParsedFile file = new CsvReportReader().read(new StringReader(csv));
        assertThat(file.hasErrors()).isFalse();
        assertThat(file.problems()).extracting(Problem::code, Problem::segmentPosition, Problem::claimReference)
                .containsExactlyInAnyOrder(tuple("INCONSISTENT_CLAIM_FIELD", 3L, "SYN1"),
                        tuple("UNBALANCED_CLAIM", 2L, "SYN1"));
        RemittanceClaim claim = file.remittances().get(0).claims().get(0);
        assertThat(claim.charge()).isEqualByComparingTo("100");
        assertThat(claim.adjustments()).hasSize(2);
    }

    @Test
    void theSameAmountWrittenDifferentlyIsNotADisagreement() {
        String csv = "record_type,report_date,payer_id,patient_control_number,payer_claim_number,billed,paid,"
                + "group_code,carc,adjustment_amount,procedure_code,line_billed\n"
                + "DENIAL,2025-03-10,99901,SYN1,ICN1,410,0,CO,45,100,99214,245\n"
                + "DENIAL,2025-03-10,99901,SYN1,ICN1,410.00,0,CO,50,145.0,99214,245.00\n"
                + "DENIAL,2025-03-10,99901,SYN1,ICN1,$410.00,0,CO,50,165,20610,165\n";
        ParsedFile file = new CsvReportReader().read(new StringReader(csv));
        assertThat(file.problems()).isEmpty();
        assertThat(file.remittances().get(0).claims().get(0).lines()).hasSize(2);
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThat(new CsvReportReader().read(new StringReader("\n\n")).problems())
                .extracting(Problem::code).containsExactly("EMPTY_FILE");
    }

    private static ParsedFile read(CsvReportReader reader, String name) {
        try (InputStream in = resource(name)) {
            return reader.read(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CsvReportReaderTest.class.getResourceAsStream("/csv/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
