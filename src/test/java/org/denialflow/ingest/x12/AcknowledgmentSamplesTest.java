package org.denialflow.ingest.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.denialflow.ingest.model.ClaimAcknowledgment;
import org.denialflow.ingest.model.ClaimAcknowledgment.ClaimStatus;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Problem;
import org.denialflow.ingest.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 277CA acknowledgments (005010X214) and 277 claim status responses (005010X212): acceptances
 * (A1, A2) and rejections (A3, A6, A7, A8) with their status and entity codes, at the claim level
 * (one acknowledgment each) and at the batch levels (no acknowledgment; a warning unless accepting).
 * PRIMER section 1.
 */
class AcknowledgmentSamplesTest {

    static final String ACCEPTED = "Project-Herophilus-Assets__277CA_Sample_Accepted_.txt";
    static final String REJECTED = "Project-Herophilus-Assets__277CA_Sample_Rejected_.txt";

    @Test
    void aRejectedClaimWithItsStatusEntityAndIdentifiers() {
        ParsedFile file = X12Files.readSample(REJECTED);

        assertThat(file.problems()).as("the batch-level A1:20 is an acknowledgment, not a rejection").isEmpty();
        assertThat(file.format()).isEqualTo(SourceFormat.X12_277);
        ClaimAcknowledgment ack = file.acknowledgments().get(0);
        assertThat(ack.implementationVersion()).isEqualTo("005010X214");
        assertThat(ack.payerName()).isEqualTo("NYSDOH");
        assertThat(ack.payerId()).isEqualTo("141797357");
        assertThat(ack.providerName()).isEqualTo("PROVLNAME");
        assertThat(ack.providerId()).isEqualTo("123456789");
        assertThat(ack.patientControlNumber()).isEqualTo("3920394930203");
        assertThat(ack.payerClaimControlNumber()).isEqualTo("1107000000001120");
        assertThat(ack.patientName()).isEqualTo("CLILNAME, CLIFNAME");
        assertThat(ack.memberId()).isEqualTo("XX99999X");
        assertThat(ack.charge()).isEqualByComparingTo("199.14");
        assertThat(ack.serviceFrom()).isEqualTo(LocalDate.of(2009, 3, 11));
        assertThat(ack.serviceTo()).isEqualTo(LocalDate.of(2009, 3, 11));
        assertThat(ack.statusDate()).isEqualTo(LocalDate.of(2011, 3, 11));
        // the file declares '|' as its component separator
        assertThat(ack.statuses()).containsExactly(new ClaimStatus("A7", "562", "85", null));
        assertThat(ack.segmentPosition()).isEqualTo(21);
    }

    @Test
    void anAcceptedClaim() {
        ParsedFile file = X12Files.readSample(ACCEPTED);

        assertThat(file.problems()).isEmpty();
        ClaimAcknowledgment ack = file.acknowledgments().get(0);
        assertThat(ack.patientControlNumber()).isEqualTo("5781");
        assertThat(ack.payerClaimControlNumber()).isEqualTo("1107000000014420");
        assertThat(ack.charge()).isEqualByComparingTo("125");
        assertThat(ack.statuses()).containsExactly(new ClaimStatus("A2", "20", null, null));
    }

    @Test
    void copiesOfOneAcknowledgmentInDifferentLayoutsReadAlike() {
        // same segments, other line breaks
        assertThat(X12Files.readSample("x12-parser__x12_277CA_accepted.txt")).isEqualTo(X12Files.readSample(ACCEPTED));
        // byte-order mark, CRLF and indentation
        assertThat(X12Files.readSample("OopFactory-X12Parser__INS-277-5010__FromAlexbrodsky.txt"))
                .isEqualTo(X12Files.readSample(REJECTED));
    }

    /** A claim-level status of each category: one acknowledgment, no problem; the ledger decides what it means. */
    @ParameterizedTest(name = "{0}:{1}:{2}")
    @CsvSource({
            "A1, 19, ",
            "A2, 20, ",
            "A3, 21, IL",
            "A6, 158, QC",
            "A7, 562, 85",
            "A8, 454, 82"})
    void everyClaimStatusCategoryIsReadWithItsCodeAndEntity(String category, String code, String entity) {
        String composite = category + ":" + code + (entity == null ? "" : ":" + entity);
        ParsedFile file = X12Files.read(X12Files.text(ACCEPTED).replace("STC*A2:20*", "STC*" + composite + "*"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.acknowledgments()).singleElement()
                .satisfies(ack -> assertThat(ack.statuses()).containsExactly(new ClaimStatus(category, code, entity, null)));
    }

    /**
     * A rejection at the information receiver level (HL 21) concerns the whole batch: no
     * acknowledgment comes from it, and it is reported so it is never silent. An acceptance there is not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"A3:24", "A6:21", "A7:562", "A8:454"})
    void aBatchLevelRejectionIsReportedNotTurnedIntoAClaim(String status) {
        String text = X12Files.text(ACCEPTED).replace("STC*A1:20*", "STC*" + status + "*");
        ParsedFile file = X12Files.read(text);

        assertThat(file.hasErrors()).isFalse();
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(X12ProblemCodes.NON_CLAIM_STATUS);
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.segmentId()).isEqualTo("STC");
            assertThat(p.segmentPosition()).isEqualTo(13);
            assertThat(p.message()).contains(status).contains("HL level 21");
        });
        assertThat(file.acknowledgments()).singleElement()
                .satisfies(ack -> assertThat(ack.statuses()).containsExactly(new ClaimStatus("A2", "20", null, null)));
    }

    @Test
    void statusesAtTheInformationReceiverAndProviderLevelsAreWarnings() {
        ParsedFile receiver = X12Files.readSample("LinuxForHealth-x12__277_005010X212__information-receiver-level-status.277");
        assertThat(receiver.acknowledgments()).isEmpty();
        assertThat(receiver.problems()).extracting(Problem::code, Problem::segmentPosition, Problem::severity)
                .containsExactly(tuple(X12ProblemCodes.NON_CLAIM_STATUS, 10L, Problem.Severity.WARNING));

        ParsedFile provider = X12Files.readSample("LinuxForHealth-x12__277_005010X212__provider-level-status.277");
        assertThat(provider.acknowledgments()).singleElement()
                .satisfies(ack -> assertThat(ack.statuses()).containsExactly(new ClaimStatus("P3", "317", null, null)));
        assertThat(provider.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("E0:24", "HL level 19"));
    }

    @Test
    void claimStatusResponsesAtSubscriberAndDependentLevels() {
        List<ClaimAcknowledgment> acks = X12Files.readSample("LinuxForHealth-x12__277_005010X212__claim-level-status.277")
                .acknowledgments();

        assertThat(acks).extracting(ClaimAcknowledgment::patientControlNumber, ClaimAcknowledgment::payerClaimControlNumber,
                        ClaimAcknowledgment::patientName, ClaimAcknowledgment::memberId, ClaimAcknowledgment::providerName,
                        a -> a.charge().toPlainString())
                .containsExactly(
                        tuple("ABCXYZ1", "05347006051", "SMITH, FRED", "123456789A", "HOME HOSPITAL", "8513.88"),
                        tuple("ABCXYZ2", "0529675341", "JONES, MARY", "234567890A", "HOME HOSPITAL", "7599.00"),
                        // a dependent (HL 23) below subscriber MANN, JOHN
                        tuple("ABCXYC3", "051681010827", "MANN, JOSEPH", "345678901", "HOME HOSPITAL PHYSICIANS", "150.00"));
        assertThat(acks.get(0).serviceFrom()).isEqualTo(LocalDate.of(2005, 8, 31));
        assertThat(acks.get(0).serviceTo()).isEqualTo(LocalDate.of(2005, 9, 6));
        assertThat(acks).extracting(a -> a.statuses().get(0))
                .containsExactly(new ClaimStatus("P3", "317", null, null), new ClaimStatus("F0", "3", null, null),
                        new ClaimStatus("F2", "88", "QC", null));
        // the service line's STC and DTP belong to the line, not to the claim
        assertThat(acks.get(2).statuses()).hasSize(1);
        assertThat(acks.get(2).serviceFrom()).isNull();
        assertThat(acks).extracting(ClaimAcknowledgment::payerName).containsOnly("ABC INSURANCE");
        assertThat(acks).extracting(ClaimAcknowledgment::implementationVersion).containsOnly("005010X212");
    }

    @Test
    void everyStatusCompositeOfAClaimIsKeptInOrder() {
        List<ClaimAcknowledgment> acks = X12Files.readSample("OopFactory-X12Parser__INS-276-5010__277_Deidentified_from_nth.txt")
                .acknowledgments();

        assertThat(acks).hasSize(3);
        assertThat(acks.get(0).statuses()).containsExactly(new ClaimStatus("X9", "999", "99", null),
                new ClaimStatus("X9", "999", "XX", null), new ClaimStatus("X9", "999", "99", null));
        assertThat(acks).extracting(a -> a.charge().toPlainString()).containsExactly("220", "340", "340");
        assertThat(acks).extracting(ClaimAcknowledgment::serviceFrom)
                .containsExactly(LocalDate.of(2012, 1, 9), LocalDate.of(2011, 3, 16), LocalDate.of(2011, 10, 10));
    }

    @Test
    void freeTextAndClearinghouseTraceNumbersAreKept() {
        ParsedFile file = X12Files.readSample("x12-parser__x12_277_x212.txt");

        assertThat(file.acknowledgments()).hasSize(8);
        ClaimAcknowledgment first = file.acknowledgments().get(0);
        assertThat(first.clearinghouseTraceNumber()).isEqualTo("12345");
        assertThat(first.statuses()).containsExactly(
                new ClaimStatus("A1", "704", null, "PAYER ACKNOWLEDGED RECEIPT OF THE CLAIM"));
        // this fixture's IEA02 does not match its ISA13: the whole file is an error
        assertThat(file.hasErrors()).isTrue();
        assertThat(X12Files.errors(file)).extracting(Problem::code).containsExactly(X12ProblemCodes.INTERCHANGE_CONTROL_MISMATCH);
    }

    @Test
    void aTruncatedAcknowledgmentIsAnErrorAtItsLastSegment() {
        ParsedFile file = X12Files.readSample("OopFactory-X12Parser__INS-277-5010__FromBogeyone.txt");

        assertThat(file.hasErrors()).isTrue();
        assertThat(file.acknowledgments()).isEmpty();
        assertThat(file.problems()).extracting(Problem::code, Problem::segmentPosition, Problem::segmentId)
                .containsExactly(tuple(X12ProblemCodes.TRUNCATED, 10L, "HL"), tuple(X12ProblemCodes.TRUNCATED, 10L, "HL"),
                        tuple(X12ProblemCodes.TRUNCATED, 10L, "HL"));
        assertThat(file.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("no SE"))
                .anySatisfy(m -> assertThat(m).contains("no GE"))
                .anySatisfy(m -> assertThat(m).contains("no IEA"));
    }
}
