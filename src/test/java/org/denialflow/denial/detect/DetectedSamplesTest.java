package org.denialflow.denial.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.denialflow.denial.detect.ClaimOutcome.DENIED;
import static org.denialflow.denial.detect.ClaimOutcome.NOT_DENIED_ADJUSTED;
import static org.denialflow.denial.detect.ClaimOutcome.PAID;
import static org.denialflow.denial.detect.ClaimOutcome.PARTIALLY_DENIED;
import static org.denialflow.denial.detect.ClaimOutcome.REVERSAL;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.RemarkCode;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.model.ServiceLine;
import org.denialflow.ingest.x12.X12Reader;
import org.denialflow.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The detector on the real 835 samples: what each claim is, and rules that hold for every claim. */
class DetectedSamplesTest {

    private final DenialDetector detector = new DenialDetector();

    static ParsedFile read(String sample) {
        return new X12Reader().read(new ByteArrayInputStream(Samples.bytes(sample)));
    }

    static List<RemittanceClaim> claims(String sample) {
        return read(sample).remittances().stream().flatMap(r -> r.claims().stream()).toList();
    }

    List<DenialAssessment> assess(String sample) {
        return claims(sample).stream().map(detector::assess).toList();
    }

    @Test
    void deniedForMissingInformationWithLineRemarks() {
        DenialAssessment denial = assess("pyx12__835_mult_loops.txt").get(0);

        assertThat(denial.outcome()).isEqualTo(DENIED);
        assertThat(denial.amountAtRisk()).isEqualByComparingTo("915.39");
        assertThat(denial.denialAdjustments()).extracting(ClassifiedAdjustment::groupAndReason, ClassifiedAdjustment::lineNumber,
                        ClassifiedAdjustment::procedureCode)
                .containsExactly(tuple("CO-16", 1, "T1005"), tuple("OA-A7", 2, "T1005"), tuple("OA-A7", 3, "T1005"));
        // OA-A7 sums to 415.35 over two lines, less than CO-16's 500.04
        assertThat(denial.primaryReason()).isEqualTo(new PrimaryDenialReason("CO", "16", new BigDecimal("500.04"),
                List.of(new RemarkCode("N14", "LQ", "HE"))));
    }

    @Test
    void paidDeniedAndPartiallyDeniedInOnePayment() {
        List<DenialAssessment> assessments = assess("Project-Herophilus-Assets__835_Sample_Professional_Claims_only-w_payment_.2014.txt");

        assertThat(assessments).extracting(DenialAssessment::outcome, a -> a.amountAtRisk().toPlainString(),
                        a -> a.primaryReason() == null ? null : a.primaryReason().group() + "-" + a.primaryReason().reason())
                .containsExactly(tuple(PAID, "0", null), tuple(DENIED, "34", "CO-29"), tuple(PARTIALLY_DENIED, "22.75", "CO-251"));
        assertThat(assessments.get(2).primaryReason().remarkCodes()).containsExactly(new RemarkCode("N206", "LQ", "HE"));
    }

    /** CLP02 2 and 3 with nothing paid: denied by the codes, not by a status. */
    @Test
    void zeroPayClaimsWithoutClp02FourAreDenied() {
        DenialAssessment timelyFiling = assess("Project-Herophilus-Assets__835_Sample_Professional_Claims_only-no_payment_.2014.txt").get(0);
        assertThat(claims("Project-Herophilus-Assets__835_Sample_Professional_Claims_only-no_payment_.2014.txt").get(0).statusCode())
                .isEqualTo("2");
        assertThat(timelyFiling.outcome()).isEqualTo(DENIED);
        assertThat(timelyFiling.primaryReason().reason()).isEqualTo("29");

        List<DenialAssessment> institutional = assess("Project-Herophilus-Assets__835_Sample_Institutional_Claims_only_.2014.txt");
        assertThat(institutional).extracting(DenialAssessment::outcome).containsExactly(DENIED, NOT_DENIED_ADJUSTED);
        assertThat(institutional.get(0).primaryReason()).extracting(PrimaryDenialReason::group, PrimaryDenialReason::reason)
                .containsExactly("CO", "39");
        assertThat(institutional.get(1).nonDenialAdjustments()).extracting(ClassifiedAdjustment::groupAndReason)
                .containsExactly("PR-142");
    }

    @Test
    void pharmacyDenialsCarryTheirNcpdpRejectCodes() {
        List<DenialAssessment> assessments = assess("Project-Herophilus-Assets__835_Sample_Pharmacy.2014.txt");

        assertThat(assessments).extracting(DenialAssessment::outcome).containsExactly(DENIED, DENIED, NOT_DENIED_ADJUSTED);
        assertThat(assessments.get(0).primaryReason().remarkCodes()).containsExactly(new RemarkCode("65", "LQ", "RX"));
        assertThat(assessments.get(1).primaryReason().remarkCodes()).containsExactly(new RemarkCode("77", "LQ", "RX"));
    }

    @Test
    void coverageTerminatedIsADenialBilledToThePatient() {
        assertThat(assess("moov-io-x12__example_5010_835_sample1.txt")).allSatisfy(a -> {
            assertThat(a.outcome()).isEqualTo(DENIED);
            assertThat(a.amountAtRisk()).isEqualByComparingTo("385.20");
            assertThat(a.primaryReason()).extracting(PrimaryDenialReason::group, PrimaryDenialReason::reason).containsExactly("PR", "27");
        });
    }

    @Test
    void retroReversalsAndTheirReplacementsAreNotDenials() {
        assertThat(assess("Project-Herophilus-Assets__835_Inst_Sample_Inpatient_DRG_Retro_.txt"))
                .extracting(DenialAssessment::outcome).containsExactly(REVERSAL, NOT_DENIED_ADJUSTED);
        assertThat(assess("Project-Herophilus-Assets__835Sample_OutpatientRetro_.txt"))
                .extracting(DenialAssessment::outcome).containsExactly(REVERSAL, NOT_DENIED_ADJUSTED);
        assertThat(assess("pyx12__x12testdata.py_835id.txt"))
                .extracting(DenialAssessment::outcome).containsExactly(REVERSAL, NOT_DENIED_ADJUSTED, REVERSAL);
    }

    /** COB, managed care, Medicare Part A and commercial cost sharing: adjusted, never denied. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("noDenialSamples")
    void costSharingContractualAndCoordinationOfBenefitsAreNotDenials(String sample) {
        assertThat(assess(sample)).isNotEmpty().allSatisfy(a -> {
            assertThat(a.outcome()).isEqualTo(NOT_DENIED_ADJUSTED);
            assertThat(a.denialAdjustments()).isEmpty();
        });
    }

    static Stream<String> noDenialSamples() {
        return Stream.of("LinuxForHealth-x12__835_005010X221A1__cob-contractural-adjustment.835",
                "LinuxForHealth-x12__835_005010X221A1__managed-care.835",
                "LinuxForHealth-x12__835_005010X221A1__medicare-part-a.835",
                "LinuxForHealth-x12__835_005010X221A1__secondary-payment.835",
                "LinuxForHealth-x12__835_005010X221A1__tertiary-payment.835",
                "edi-835-parser__united_healthcare_legacy_sample.txt",
                "moov-io-x12__example_5010_835_sample2.txt");
    }

    @Test
    void the4010ExampleWithCorrectionGroupsAndReversals() {
        List<DenialAssessment> assessments = assess("OopFactory-X12Parser__INS-835-4010__Example1_GripElements.txt");

        // 777777 has CLP02=25 (predetermination pricing only): its PI-104 reads as a denial under the current rules
        assertThat(assessments).extracting(DenialAssessment::outcome).containsExactly(NOT_DENIED_ADJUSTED, DENIED, DENIED,
                NOT_DENIED_ADJUSTED, DENIED, NOT_DENIED_ADJUSTED, DENIED, REVERSAL, REVERSAL);
        assertThat(assessments.get(1).primaryReason()).extracting(PrimaryDenialReason::group, PrimaryDenialReason::reason)
                .containsExactly("CR", "18");
        assertThat(assessments.get(2).primaryReason().reason()).isEqualTo("29");
        // CLP02=4 explained only by OA-23: denied, no reason code, charge at risk
        assertThat(assessments.get(4).primaryReason()).isNull();
        assertThat(assessments.get(4).amountAtRisk()).isEqualByComparingTo("56.52");
    }

    /** The outcome mix of the larger real files. */
    @Test
    void outcomeMixOfTheLargerFiles() {
        assertThat(tally("OopFactory-X12Parser__INS-835-5010__ExampleFromNth.txt"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(DENIED, 16L, PARTIALLY_DENIED, 6L, NOT_DENIED_ADJUSTED, 34L));
        assertThat(tally("OopFactory-X12Parser__INS-835-4010__FromNth_835_DeIdent_01.dat"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(DENIED, 13L, PARTIALLY_DENIED, 4L, NOT_DENIED_ADJUSTED, 60L, REVERSAL, 19L));
        assertThat(tally("OopFactory-X12Parser__INS-835-4010__FromNth_835_DeIdent_02.dat"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(DENIED, 1L, PARTIALLY_DENIED, 25L, NOT_DENIED_ADJUSTED, 341L, REVERSAL, 8L));
    }

    /** Rejection is not denial: a 277CA rejection holds no adjudicated claim, so nothing reaches the detector. */
    @Test
    void aRejectionIsNotADenial() {
        ParsedFile rejection = read("Project-Herophilus-Assets__277CA_Sample_Rejected_.txt");
        assertThat(rejection.remittances()).isEmpty();
        assertThat(rejection.acknowledgments()).singleElement()
                .satisfies(a -> assertThat(a.statuses().get(0).category()).isEqualTo("A7"));
    }

    static Stream<String> remittanceSamples() {
        return Stream.of("LinuxForHealth-x12__835_005010X221A1__cob-contractural-adjustment.835",
                "LinuxForHealth-x12__835_005010X221A1__managed-care.835",
                "LinuxForHealth-x12__835_005010X221A1__medicare-part-a.835",
                "LinuxForHealth-x12__835_005010X221A1__secondary-payment.835",
                "LinuxForHealth-x12__835_005010X221A1__tertiary-payment.835",
                "OopFactory-X12Parser__INS-835-4010__Example1_GripElements.txt",
                "OopFactory-X12Parser__INS-835-4010__FromNth_835_DeIdent_01.dat",
                "OopFactory-X12Parser__INS-835-4010__FromNth_835_DeIdent_02.dat",
                "OopFactory-X12Parser__INS-835-5010__Example1.txt",
                "OopFactory-X12Parser__INS-835-5010__ExampleFromNth.txt",
                "OopFactory-X12Parser__INS-835-5010__FromNth_835_WithMultipleInterchanges.txt",
                "Project-Herophilus-Assets__835Sample_OutpatientRetro_.txt",
                "Project-Herophilus-Assets__835_Inst_Sample_Inpatient_DRG_Retro_.txt",
                "Project-Herophilus-Assets__835_Sample_Institutional_Claims_only_.2014.txt",
                "Project-Herophilus-Assets__835_Sample_Pharmacy.2014.txt",
                "Project-Herophilus-Assets__835_Sample_Professional_Claims_only-no_payment_.2014.txt",
                "Project-Herophilus-Assets__835_Sample_Professional_Claims_only-w_payment_.2014.txt",
                "edi-835-parser__united_healthcare_legacy_sample.txt",
                "moov-io-x12__example_5010_835_sample1.txt",
                "moov-io-x12__example_5010_835_sample2.txt",
                "pyx12__835_mult_loops.txt",
                "pyx12__x12testdata.py_835id.txt",
                "pyx12__x12testdata.py_bad_header_looping.txt");
    }

    /** Rules that hold for every claim of every real file. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("remittanceSamples")
    void invariantsOnEveryClaim(String sample) {
        for (RemittanceClaim claim : claims(sample)) {
            DenialAssessment a = detector.assess(claim);
            String status = claim.statusCode();
            assertThat(a.outcome() == REVERSAL).as("REVERSAL iff CLP02=22").isEqualTo(status.equals("22"));
            if (status.equals("4")) {
                assertThat(a.outcome()).isEqualTo(DENIED);
            }
            assertThat(a.denialAdjustments()).allSatisfy(d -> {
                assertThat(NonDenialAdjustments.isNonDenial(d.adjustment())).isFalse();
                assertThat(d.adjustment().amount().signum()).isNotZero();
            });
            assertThat(a.denialAdjustments().size() + a.nonDenialAdjustments().size()).isEqualTo(adjustmentCount(claim));
            if (a.outcome() == PAID) {
                assertThat(a.nonDenialAdjustments()).allSatisfy(n -> assertThat(n.adjustment().amount().signum()).isZero());
            }
            if (a.isDenial()) {
                assertThat(a.amountAtRisk()).isPositive();
            } else if (a.outcome() != ClaimOutcome.PENDED) {
                assertThat(a.amountAtRisk()).isZero();
                assertThat(a.primaryReason()).isNull();
            }
            if (a.primaryReason() != null) {
                assertThat(a.denialAdjustments()).extracting(ClassifiedAdjustment::groupAndReason)
                        .contains(a.primaryReason().group() + "-" + a.primaryReason().reason());
                assertThat(a.primaryReason().remarkCodes()).containsAll(claim.remarkCodes());
            }
            boolean onlyCostSharingOrContractual = Stream.concat(claim.adjustments().stream(),
                            claim.lines().stream().flatMap(l -> l.adjustments().stream()))
                    .allMatch(NonDenialAdjustments::isNonDenial);
            if (onlyCostSharingOrContractual && !status.equals("4")) {
                assertThat(a.isDenial()).as("claim %s at %d", claim.patientControlNumber(), claim.segmentPosition()).isFalse();
            }
        }
    }

    private Map<ClaimOutcome, Long> tally(String sample) {
        return assess(sample).stream().collect(Collectors.groupingBy(DenialAssessment::outcome, Collectors.counting()));
    }

    private static int adjustmentCount(RemittanceClaim claim) {
        return claim.adjustments().size() + claim.lines().stream().map(ServiceLine::adjustments).mapToInt(List::size).sum();
    }
}
