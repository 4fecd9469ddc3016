package org.denialflow.ingest.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.denialflow.ingest.x12.X12Files.elementSeparator;
import static org.denialflow.ingest.x12.X12Files.id;
import static org.denialflow.ingest.x12.X12Files.segments;
import static org.denialflow.ingest.x12.X12Files.terminator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.denialflow.ingest.model.Adjustment;
import org.denialflow.ingest.model.ClaimAcknowledgment;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Problem;
import org.denialflow.ingest.model.Remittance;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.model.ServiceLine;
import org.denialflow.ingest.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real sample, read whole: what it holds (format, envelopes, transactions, claims,
 * acknowledgments) and exactly the problems it really has, plus invariants checked against an
 * independent split of the file into segments.
 */
class AllSamplesTest {

    /**
     * One row per sample. {@code errors} lists every ERROR as CODE@position in the order reported;
     * {@code warnings} counts the WARNING codes. The errors are the files' real defects (see the
     * manifest that came with the samples (their sources are in the NOTICE beside them)): a truncated fragment, a file without envelope, masked
     * control numbers, an off-by-one SE01, an ISA12 of six characters and garbage dates.
     */
    record Expected(String file, SourceFormat format, int interchanges, int remittances, int claims,
                    int acknowledgments, String errors, String warnings) {
        @Override
        public String toString() {
            return file;
        }
    }

    static final List<Expected> EXPECTED = List.of(
            row("LinuxForHealth-x12__277_005010X212__claim-level-status-ncpdp.277", SourceFormat.X12_277, 1, 0, 0, 1, "", ""),
            row("LinuxForHealth-x12__277_005010X212__claim-level-status.277", SourceFormat.X12_277, 1, 0, 0, 3, "", ""),
            row("LinuxForHealth-x12__277_005010X212__information-receiver-level-status.277", SourceFormat.X12_277, 1, 0, 0, 0, "", "NON_CLAIM_STATUSx1"),
            row("LinuxForHealth-x12__277_005010X212__provider-level-status.277", SourceFormat.X12_277, 1, 0, 0, 1, "", "NON_CLAIM_STATUSx1"),
            row("LinuxForHealth-x12__835_005010X221A1__cob-contractural-adjustment.835", SourceFormat.X12_835, 1, 1, 1, 0, "", ""),
            row("LinuxForHealth-x12__835_005010X221A1__managed-care.835", SourceFormat.X12_835, 1, 1, 2, 0, "", "INVALID_PAYMENT_DATEx1"),
            row("LinuxForHealth-x12__835_005010X221A1__medicare-part-a.835", SourceFormat.X12_835, 1, 1, 2, 0, "", ""),
            row("LinuxForHealth-x12__835_005010X221A1__secondary-payment.835", SourceFormat.X12_835, 1, 1, 2, 0, "", ""),
            row("LinuxForHealth-x12__835_005010X221A1__tertiary-payment.835", SourceFormat.X12_835, 1, 1, 1, 0, "", ""),
            row("OopFactory-X12Parser__INS-276-5010__277_Deidentified_from_nth.txt", SourceFormat.X12_277, 1, 0, 0, 3, "", "NON_CLAIM_STATUSx3"),
            row("OopFactory-X12Parser__INS-277-5010__FromAlexbrodsky.txt", SourceFormat.X12_277, 1, 0, 0, 1, "", ""),
            row("OopFactory-X12Parser__INS-277-5010__FromBogeyone.txt", SourceFormat.X12_277, 1, 0, 0, 0,
                    "TRUNCATED@10,TRUNCATED@10,TRUNCATED@10", ""),
            row("OopFactory-X12Parser__INS-277-5010__FromLatitude81uk.txt", SourceFormat.X12_277, 1, 0, 0, 1,
                    "INVALID_DATE@13,INVALID_DATE@26,INVALID_DATE@28,INVALID_DATE@28,IEA02_ISA13_MISMATCH@31,INVALID_ISA@1",
                    "INVALID_ENVELOPE_DATEx1,ISA_NOT_FIXED_LENGTHx1"),
            row("OopFactory-X12Parser__INS-835-4010__Example1_GripElements.txt", SourceFormat.X12_835, 1, 1, 9, 0, "", ""),
            row("OopFactory-X12Parser__INS-835-4010__FromNth_835_DeIdent_01.dat", SourceFormat.X12_835, 1, 1, 96, 0, "", "UNBALANCED_CLAIMx86"),
            row("OopFactory-X12Parser__INS-835-4010__FromNth_835_DeIdent_02.dat", SourceFormat.X12_835, 1, 6, 375, 0,
                    "SE02_ST02_MISMATCH@13000,IEA02_ISA13_MISMATCH@13002", "UNBALANCED_CLAIMx373"),
            row("OopFactory-X12Parser__INS-835-5010__Example1.txt", SourceFormat.X12_835, 1, 1, 10, 0, "", "MISSING_AMOUNTx2"),
            row("OopFactory-X12Parser__INS-835-5010__ExampleFromNth.txt", SourceFormat.X12_835, 3, 3, 56, 0, "", "UNBALANCED_CLAIMx51"),
            row("OopFactory-X12Parser__INS-835-5010__FromNth_835_WithMultipleInterchanges.txt", SourceFormat.X12_835, 3, 3, 56, 0, "", "UNBALANCED_CLAIMx51"),
            row("Project-Herophilus-Assets__277CA_Sample_Accepted_.txt", SourceFormat.X12_277, 1, 0, 0, 1, "", ""),
            row("Project-Herophilus-Assets__277CA_Sample_Rejected_.txt", SourceFormat.X12_277, 1, 0, 0, 1, "", ""),
            row("Project-Herophilus-Assets__277Sample_276Resp-ClaimInfo_.txt", SourceFormat.X12_277, 1, 0, 0, 1, "", ""),
            row("Project-Herophilus-Assets__835Sample_OutpatientRetro_.txt", SourceFormat.X12_835, 1, 1, 2, 0, "", ""),
            row("Project-Herophilus-Assets__835_Inst_Sample_Inpatient_DRG_Retro_.txt", SourceFormat.X12_835, 1, 1, 2, 0, "", ""),
            row("Project-Herophilus-Assets__835_Sample_Institutional_Claims_only_.2014.txt", SourceFormat.X12_835, 1, 1, 2, 0, "", ""),
            row("Project-Herophilus-Assets__835_Sample_Pharmacy.2014.txt", SourceFormat.X12_835, 1, 1, 3, 0, "", ""),
            row("Project-Herophilus-Assets__835_Sample_Professional_Claims_only-no_payment_.2014.txt", SourceFormat.X12_835, 1, 1, 1, 0, "", ""),
            row("Project-Herophilus-Assets__835_Sample_Professional_Claims_only-w_payment_.2014.txt", SourceFormat.X12_835, 1, 1, 3, 0, "", ""),
            row("edi-835-parser__blue_cross_nc_sample.txt", SourceFormat.UNKNOWN, 0, 0, 0, 0, "NO_ENVELOPE@1", ""),
            row("edi-835-parser__united_healthcare_legacy_sample.txt", SourceFormat.X12_835, 1, 1, 2, 0, "", ""),
            row("moov-io-x12__example_5010_835_sample1.txt", SourceFormat.X12_835, 1, 2, 2, 0, "", "UNBALANCED_CLAIMx1"),
            row("moov-io-x12__example_5010_835_sample2.txt", SourceFormat.X12_835, 1, 1, 1, 0, "",
                    "INVALID_PAYMENT_DATEx1,UNBALANCED_CLAIMx1"),
            row("pyx12__835_mult_loops.txt", SourceFormat.X12_835, 1, 1, 1, 0, "", ""),
            row("pyx12__x12testdata.py_835id.txt", SourceFormat.X12_835, 1, 1, 3, 0, "", ""),
            row("pyx12__x12testdata.py_bad_header_looping.txt", SourceFormat.X12_835, 1, 1, 2, 0, "SE01_COUNT_MISMATCH@74", ""),
            row("pyx12__x12testdata.py_mult_isa.txt", SourceFormat.X12_835, 2, 4, 0, 0, "", "SKIPPED_TRANSACTIONx8"),
            row("pyx12__x12testdata.py_multiple_trn.txt", SourceFormat.X12_835, 1, 1, 0, 0, "", "SKIPPED_TRANSACTIONx4"),
            row("x12-parser__x12_277CA_accepted.txt", SourceFormat.X12_277, 1, 0, 0, 1, "", ""),
            row("x12-parser__x12_277_x212.txt", SourceFormat.X12_277, 1, 0, 0, 8, "IEA02_ISA13_MISMATCH@111", ""));

    private static Expected row(String file, SourceFormat format, int interchanges, int remittances, int claims,
                                int acknowledgments, String errors, String warnings) {
        return new Expected(file, format, interchanges, remittances, claims, acknowledgments, errors, warnings);
    }

    static Stream<Expected> expected() {
        return EXPECTED.stream();
    }

    static Stream<String> samples() {
        return X12Files.sampleNames().stream();
    }

    static Stream<String> samplesWithEnvelope() {
        return samples().filter(name -> !name.equals("edi-835-parser__blue_cross_nc_sample.txt"));
    }

    @Test
    void everySampleIsInTheTable() {
        assertThat(EXPECTED).extracting(Expected::file).containsExactlyInAnyOrderElementsOf(X12Files.sampleNames());
        assertThat(X12Files.sampleNames()).hasSize(39);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void readsWhatTheFileHoldsAndExactlyTheProblemsItHas(Expected expected) {
        ParsedFile file = X12Files.readSample(expected.file());

        assertThat(file.format()).isEqualTo(expected.format());
        assertThat(file.interchanges()).hasSize(expected.interchanges());
        assertThat(file.remittances()).hasSize(expected.remittances());
        assertThat(file.remittances().stream().mapToInt(r -> r.claims().size()).sum()).isEqualTo(expected.claims());
        assertThat(file.acknowledgments()).hasSize(expected.acknowledgments());
        assertThat(X12Files.errors(file)).extracting(p -> p.code().replace("X12_", "") + "@" + p.segmentPosition())
                .containsExactlyElementsOf(split(expected.errors()));
        Map<String, Long> warnings = X12Files.warnings(file).stream()
                .collect(Collectors.groupingBy(p -> p.code().replace("X12_", ""), TreeMap::new, Collectors.counting()));
        assertThat(warnings.entrySet()).extracting(e -> e.getKey() + "x" + e.getValue())
                .containsExactlyElementsOf(split(expected.warnings()));
        assertThat(file.hasErrors()).isEqualTo(!expected.errors().isEmpty());
        assertThat(file.problems()).allSatisfy(p -> {
            assertThat(p.code()).startsWith("X12_");
            assertThat(p.message()).isNotBlank();
            assertThat(p.segmentPosition()).isNotNegative();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesWithEnvelope")
    void everyPositionNamesTheSegmentAtThatOrdinal(String sample) {
        String text = X12Files.text(sample);
        List<String> segments = segments(text);
        char separator = elementSeparator(text);
        Function<Long, String> idAt = position -> id(segments.get((int) (position - 1)), separator);
        ParsedFile file = X12Files.readSample(sample);

        for (Problem problem : file.problems()) {
            if (problem.segmentId() != null) {
                assertThat(idAt.apply(problem.segmentPosition())).as(problem.toString()).isEqualTo(problem.segmentId());
            }
        }
        for (Remittance remittance : file.remittances()) {
            assertThat(segments.get((int) remittance.segmentPosition() - 1)).startsWith("ST" + separator + "835");
            for (RemittanceClaim claim : remittance.claims()) {
                assertThat(segments.get((int) claim.segmentPosition() - 1))
                        .startsWith("CLP" + separator + claim.patientControlNumber() + separator);
            }
        }
        for (ClaimAcknowledgment acknowledgment : file.acknowledgments()) {
            assertThat(idAt.apply(acknowledgment.segmentPosition())).isIn("TRN", "STC");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesWithEnvelope")
    void everyClaimAndTransactionInTheFileIsRead(String sample) {
        String text = X12Files.text(sample);
        char separator = elementSeparator(text);
        List<String> segments = segments(text);
        ParsedFile file = X12Files.readSample(sample);

        long clp = segments.stream().filter(s -> id(s, separator).equals("CLP")).count();
        long st835 = segments.stream().filter(s -> s.startsWith("ST" + separator + "835" + separator)).count();
        long isa = segments.stream().filter(s -> id(s, separator).equals("ISA")).count();
        assertThat(file.remittances().stream().mapToLong(r -> r.claims().size()).sum()).isEqualTo(clp);
        assertThat(file.remittances()).hasSize((int) st835);
        assertThat(file.interchanges()).hasSize((int) isa);
    }

    /**
     * The 835 balancing rule (PRIMER section 2), computed here independently: charge − paid equals the
     * sum of claim and line CAS amounts. A claim that does not balance is reported with one
     * X12_UNBALANCED_CLAIM warning at its CLP, and still taken; one that balances is not reported.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesWithEnvelope")
    void exactlyTheClaimsThatDoNotBalanceAreReported(String sample) {
        ParsedFile file = X12Files.readSample(sample);
        List<Long> unbalanced = new ArrayList<>();
        for (RemittanceClaim claim : file.remittances().stream().flatMap(r -> r.claims().stream()).toList()) {
            BigDecimal adjustments = sum(claim.adjustments());
            for (ServiceLine line : claim.lines()) {
                adjustments = adjustments.add(sum(line.adjustments()));
            }
            BigDecimal expected = claim.charge().subtract(claim.paid());
            if (adjustments.compareTo(expected) != 0) {
                unbalanced.add(claim.segmentPosition());
            }
        }
        List<Problem> reported = file.problems().stream()
                .filter(p -> p.code().equals(X12ProblemCodes.UNBALANCED_CLAIM)).toList();
        assertThat(reported).extracting(Problem::segmentPosition).containsExactlyElementsOf(unbalanced);
        assertThat(reported).allSatisfy(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.segmentId()).isEqualTo("CLP");
            assertThat(p.claimReference()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesWithEnvelope")
    void everyClaimHasItsAmountsAndIdentifiers(String sample) {
        ParsedFile file = X12Files.readSample(sample);
        for (RemittanceClaim claim : file.remittances().stream().flatMap(r -> r.claims().stream()).toList()) {
            assertThat(claim.patientControlNumber()).isNotBlank();
            assertThat(claim.statusCode()).matches("\\d{1,2}");
            assertThat(claim.charge()).isNotNull();
            assertThat(claim.paid()).isNotNull();
            assertThat(claim.adjustments()).allSatisfy(AllSamplesTest::wellFormed);
            assertThat(claim.lines()).allSatisfy(line -> {
                assertThat(line.charge()).isNotNull();
                assertThat(line.paid()).isNotNull();
                assertThat(line.adjustments()).allSatisfy(AllSamplesTest::wellFormed);
                assertThat(line.remarkCodes()).allSatisfy(r -> assertThat(r.source()).isEqualTo("LQ"));
            });
            assertThat(claim.remarkCodes()).allSatisfy(r -> assertThat(r.source()).isIn("MIA", "MOA"));
            if (claim.serviceFrom() != null && claim.serviceTo() != null) {
                assertThat(claim.serviceFrom()).isBeforeOrEqualTo(claim.serviceTo());
            }
        }
    }

    /** Reversals (CLP02=22) carry negated amounts: PRIMER section 2. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesWithEnvelope")
    void reversalsCarryNegatedCharges(String sample) {
        X12Files.readSample(sample).remittances().stream().flatMap(r -> r.claims().stream())
                .filter(c -> c.statusCode().equals("22") && c.charge().signum() != 0)
                .forEach(c -> assertThat(c.charge().signum()).as(c.patientControlNumber()).isNegative());
    }

    /** Line breaks and indentation between segments are not content: the same file reads the same. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesWithEnvelope")
    void layoutBetweenSegmentsDoesNotChangeWhatIsRead(String sample) {
        String text = X12Files.text(sample);
        char terminator = terminator(text);
        String oneLine = String.join(String.valueOf(terminator), segments(text)) + terminator;
        String crlfIndented = segments(text).stream().map(s -> "   " + s + terminator + "\r\n")
                .collect(Collectors.joining());
        String withByteOrderMark = "\u00EF\u00BB\u00BF" + oneLine;

        ParsedFile original = X12Files.readSample(sample);
        assertThat(X12Files.read(oneLine)).isEqualTo(original);
        assertThat(X12Files.read(crlfIndented)).isEqualTo(original);
        assertThat(X12Files.read(withByteOrderMark)).isEqualTo(original);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void neverThrowsAndReadsTheSameTwice(String sample) {
        assertThatCode(() -> X12Files.readSample(sample)).doesNotThrowAnyException();
        assertThat(X12Files.readSample(sample)).isEqualTo(X12Files.readSample(sample));
    }

    /** The CLP02 and CAS mix the manifest that came with the samples (their sources are in the NOTICE beside them) lists for the largest real file. */
    @Test
    void theLargestMaskedRemittanceHasTheStatusAndAdjustmentMixOfItsManifest() {
        ParsedFile file = X12Files.readSample("OopFactory-X12Parser__INS-835-4010__FromNth_835_DeIdent_02.dat");
        List<RemittanceClaim> claims = file.remittances().stream().flatMap(r -> r.claims().stream()).toList();

        assertThat(claims.stream().collect(Collectors.groupingBy(RemittanceClaim::statusCode, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("19", 292L, "1", 73L, "2", 1L, "4", 1L, "22", 8L));
        Map<String, Long> cas = claims.stream().flatMap(AllSamplesTest::allAdjustments)
                .collect(Collectors.groupingBy(a -> a.group() + "-" + a.reason(), Collectors.counting()));
        assertThat(cas).containsEntry("CO-45", 1487L).containsEntry("PR-2", 850L).containsEntry("PR-1", 24L)
                .containsEntry("CR-45", 20L).containsEntry("CO-97", 14L).containsEntry("CO-50", 6L)
                .containsEntry("CO-96", 6L).containsEntry("CO-151", 1L).hasSize(18);
        assertThat(file.remittances()).extracting(Remittance::transactionControlNumber)
                .containsExactly("9999999991", "9999999992", "9999999993", "9999999994", "9999999995", "9999999996");
    }

    @Test
    void theFirstMaskedRemittanceHasTheStatusMixOfItsManifest() {
        List<RemittanceClaim> claims = X12Files.readSample("OopFactory-X12Parser__INS-835-4010__FromNth_835_DeIdent_01.dat")
                .remittances().get(0).claims();
        assertThat(claims.stream().collect(Collectors.groupingBy(RemittanceClaim::statusCode, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("2", 26L, "1", 51L, "22", 19L));
        Map<String, Long> cas = claims.stream().flatMap(AllSamplesTest::allAdjustments)
                .collect(Collectors.groupingBy(a -> a.group() + "-" + a.reason(), Collectors.counting()));
        assertThat(cas).containsEntry("OA-23", 125L).containsEntry("CO-45", 112L).containsEntry("CR-31", 69L)
                .containsEntry("OA-18", 46L).containsEntry("PR-16", 6L).hasSize(10);
    }

    private static Stream<Adjustment> allAdjustments(RemittanceClaim claim) {
        return Stream.concat(claim.adjustments().stream(), claim.lines().stream().flatMap(l -> l.adjustments().stream()));
    }

    private static void wellFormed(Adjustment adjustment) {
        assertThat(adjustment.group()).isIn(Set.of("CO", "PR", "OA", "PI", "CR"));
        assertThat(adjustment.reason()).matches("[A-Z0-9]{1,5}");
        assertThat(adjustment.amount()).isNotNull();
    }

    private static BigDecimal sum(List<Adjustment> adjustments) {
        return adjustments.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> split(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }
}
