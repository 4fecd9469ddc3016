package org.denialflow.denial.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.denialflow.denial.detect.Claims.claim;

import org.denialflow.ingest.model.RemarkCode;
import org.denialflow.ingest.model.RemittanceClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The denial rules of PRIMER section 2, one at a time, on claims built in code. */
class DenialDetectorTest {

    private final DenialDetector detector = new DenialDetector();

    private DenialAssessment assess(Claims claim) {
        return detector.assess(claim.build());
    }

    // --- nothing paid ----------------------------------------------------------------------------

    /** CLP02=4 is not "the" denial flag: 5010 reports zero-pay adjudications as 1, 2 or 3. */
    @ParameterizedTest(name = "CLP02={0}")
    @ValueSource(strings = {"1", "2", "3", "19", "20", "21"})
    void aZeroPayClaimIsDeniedByItsCodesWhateverItsStatus(String status) {
        DenialAssessment assessment = assess(claim(status, "250.00", "0").cas("CO", "50", "250.00"));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.DENIED);
        assertThat(assessment.isDenial()).isTrue();
        assertThat(assessment.amountAtRisk()).isEqualByComparingTo("250.00");
        assertThat(assessment.primaryReason()).extracting(PrimaryDenialReason::group, PrimaryDenialReason::reason)
                .containsExactly("CO", "50");
    }

    @Test
    void clp02FourAloneIsADenialEvenWithNonDenialCodes() {
        DenialAssessment assessment = assess(claim("4", "56.52", "0").cas("OA", "23", "56.52"));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.DENIED);
        assertThat(assessment.denialAdjustments()).isEmpty();
        assertThat(assessment.primaryReason()).as("no code explains it").isNull();
        // unexplained: charge - paid - patient responsibility
        assertThat(assessment.amountAtRisk()).isEqualByComparingTo("56.52");
    }

    @Test
    void clp02FourWithoutAnyAdjustmentIsDeniedForChargeLessPatientResponsibility() {
        DenialAssessment assessment = assess(claim("4", "100.00", "0").patientResponsibility("30.00"));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.DENIED);
        assertThat(assessment.amountAtRisk()).isEqualByComparingTo("70.00");
    }

    @Test
    void aZeroPayClaimWithNoAdjustmentAtAllIsDenied() {
        assertThat(assess(claim("1", "80.00", "0")).outcome()).isEqualTo(ClaimOutcome.DENIED);
    }

    @Test
    void aZeroPayClaimAllCostSharingIsNotADenial() {
        DenialAssessment assessment = assess(claim("1", "120.00", "0").patientResponsibility("120.00")
                .cas("PR", "1", "100.00").cas("PR", "2", "20.00"));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.NOT_DENIED_ADJUSTED);
        assertThat(assessment.isDenial()).isFalse();
        assertThat(assessment.amountAtRisk()).isEqualByComparingTo("0");
        assertThat(assessment.primaryReason()).isNull();
    }

    @Test
    void aZeroPayClaimFullyPaidByThePriorPayerIsNotADenial() {
        assertThat(assess(claim("2", "300.00", "0").cas("OA", "23", "300.00")).outcome())
                .isEqualTo(ClaimOutcome.NOT_DENIED_ADJUSTED);
    }

    @Test
    void aZeroPayClaimAllContractualIsNotADenial() {
        assertThat(assess(claim("1", "90.00", "0").cas("CO", "45", "90.00")).outcome())
                .isEqualTo(ClaimOutcome.NOT_DENIED_ADJUSTED);
    }

    /** PR reasons other than cost sharing shift the bill to the patient because the payer refused it. */
    @Test
    void patientResponsibilityThatIsNotCostSharingIsADenial() {
        DenialAssessment assessment = assess(claim("4", "385.20", "0").patientResponsibility("385.20")
                .line("97001", "385.20", "0", l -> l.cas("PR", "27", "385.20")));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.DENIED);
        assertThat(assessment.amountAtRisk()).isEqualByComparingTo("385.20");
        assertThat(assessment.primaryReason()).extracting(PrimaryDenialReason::group, PrimaryDenialReason::reason)
                .containsExactly("PR", "27");
    }

    @Test
    void aZeroChargeZeroPayClaimIsNotADenial() {
        assertThat(assess(claim("1", "0", "0")).outcome()).isEqualTo(ClaimOutcome.PAID);
    }

    @Test
    void pendedForReviewIsFollowedUpNotAppealed() {
        DenialAssessment assessment = assess(claim("1", "500.00", "0").cas("CO", "133", "500.00"));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.PENDED);
        assertThat(assessment.isDenial()).isFalse();
        assertThat(assessment.amountAtRisk()).isEqualByComparingTo("500.00");
        assertThat(assessment.primaryReason().reason()).isEqualTo("133");
    }

    // --- something paid --------------------------------------------------------------------------

    @Test
    void fullyPaid() {
        DenialAssessment assessment = assess(claim("1", "100.00", "100.00").line("99213", "100.00", "100.00"));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.PAID);
        assertThat(assessment.denialAdjustments()).isEmpty();
        assertThat(assessment.nonDenialAdjustments()).isEmpty();
    }

    @Test
    void paidWithCostSharingAndContractualAdjustmentsIsNotADenial() {
        DenialAssessment assessment = assess(claim("1", "816.24", "261.07").patientResponsibility("115.13")
                .line("B4154", "459.90", "204.18", l -> l.cas("CO", "45", "255.72"))
                .line("B4154", "328.50", "29.05", l -> l.cas("PR", "2", "5.13").cas("PR", "1", "110").cas("CO", "45", "184.32")));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.NOT_DENIED_ADJUSTED);
        assertThat(assessment.isDenial()).isFalse();
        assertThat(assessment.nonDenialAdjustments()).hasSize(4);
        assertThat(assessment.amountAtRisk()).isEqualByComparingTo("0");
    }

    /** A partial denial is a line denied on a claim that is otherwise paid. */
    @Test
    void oneLineDeniedOnAPaidClaimIsAPartialDenial() {
        DenialAssessment assessment = assess(claim("2", "34.25", "11.50")
                .line("V2020", "6", "6")
                .line("V2103", "5.50", "5.50")
                .line("V2700", "2.75", "0", l -> l.cas("CO", "251", "2.75").lq("N206"))
                .line("S0580", "20", "0", l -> l.cas("CO", "251", "20").lq("N206")));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.PARTIALLY_DENIED);
        assertThat(assessment.isDenial()).isTrue();
        assertThat(assessment.amountAtRisk()).isEqualByComparingTo("22.75");
        assertThat(assessment.denialAdjustments())
                .extracting(ClassifiedAdjustment::level, ClassifiedAdjustment::lineNumber, ClassifiedAdjustment::procedureCode,
                        ClassifiedAdjustment::groupAndReason)
                .containsExactly(tuple(AdjustmentLevel.LINE, 3, "V2700", "CO-251"), tuple(AdjustmentLevel.LINE, 4, "S0580", "CO-251"));
        assertThat(assessment.primaryReason().amount()).isEqualByComparingTo("22.75");
        assertThat(assessment.primaryReason().remarkCodes()).containsExactly(new RemarkCode("N206", "LQ", "HE"));
    }

    @Test
    void aClaimLevelDenialAdjustmentOnAPaidClaimIsAPartialDenial() {
        DenialAssessment assessment = assess(claim("1", "1000.00", "600.00").cas("CO", "45", "100.00").cas("CO", "151", "300.00"));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.PARTIALLY_DENIED);
        assertThat(assessment.amountAtRisk()).isEqualByComparingTo("300.00");
        assertThat(assessment.denialAdjustments()).singleElement()
                .extracting(ClassifiedAdjustment::level, ClassifiedAdjustment::lineNumber, ClassifiedAdjustment::procedureCode)
                .containsExactly(AdjustmentLevel.CLAIM, 0, null);
    }

    @Test
    void clp02FourWithAPaymentIsStillADenialPerThePrimer() {
        assertThat(assess(claim("4", "100.00", "10.00").cas("CO", "16", "90.00")).outcome()).isEqualTo(ClaimOutcome.DENIED);
    }

    @Test
    void aNegativeAdjustmentIsNeverADenial() {
        DenialAssessment assessment = assess(claim("1", "256.46", "223.64")
                .line("54092051902", "256.46", "223.64", l -> l.cas("CO", "91", "-3.5").cas("CO", "45", "36.32")));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.NOT_DENIED_ADJUSTED);
        assertThat(assessment.denialAdjustments()).isEmpty();
    }

    @Test
    void aZeroAmountDenialCodeCarriesNoMoney() {
        DenialAssessment assessment = assess(claim("1", "56.70", "56.52")
                .line("H0005", "56.70", "56.52", l -> l.cas("CO", "42", "0.18").cas("CO", "16", "0")));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.NOT_DENIED_ADJUSTED);
        assertThat(assessment.nonDenialAdjustments()).extracting(ClassifiedAdjustment::groupAndReason)
                .containsExactly("CO-42", "CO-16");
    }

    // --- reversals (CLP02=22) ---------------------------------------------------------------------

    /** CLP02=22 takes back an earlier adjudication: tracked, never a new denial, whatever its codes. */
    @Test
    void aReversalIsNeitherADenialNorAtRisk() {
        DenialAssessment assessment = assess(claim("22", "-500.00", "0").cas("CO", "16", "-500.00"));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.REVERSAL);
        assertThat(assessment.isDenial()).isFalse();
        assertThat(assessment.amountAtRisk()).isEqualByComparingTo("0");
        assertThat(assessment.primaryReason()).isNull();
        // the negated denial code is still classified as one, for the trend of what was reversed
        assertThat(assessment.denialAdjustments()).extracting(ClassifiedAdjustment::groupAndReason).containsExactly("CO-16");
    }

    @Test
    void aReversalOfAPaidClaimKeepsItsContractualAdjustmentsAsNonDenials() {
        DenialAssessment assessment = assess(claim("22", "-37617.33", "-627.97").cas("CO", "45", "-36989.36"));

        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.REVERSAL);
        assertThat(assessment.nonDenialAdjustments()).extracting(ClassifiedAdjustment::groupAndReason).containsExactly("CO-45");
        assertThat(assessment.denialAdjustments()).isEmpty();
    }

    @Test
    void theReadjudicationAfterAReversalIsAssessedOnItsOwn() {
        assertThat(assess(claim("1", "300", "200").line("T1017", "300", "200", l -> l.cas("CR", "45", "100"))).outcome())
                .isEqualTo(ClaimOutcome.NOT_DENIED_ADJUSTED);
        assertThat(assess(claim("1", "300", "0").line("T1017", "300", "0", l -> l.cas("CO", "50", "300"))).outcome())
                .isEqualTo(ClaimOutcome.DENIED);
    }

    // --- primary reason: group + CARC + RARC -------------------------------------------------------

    /** Group + CARC + RARC route together: the same CARC under another group is another reason. */
    @Test
    void theSameCarcUnderDifferentGroupsIsSummedSeparately() {
        DenialAssessment assessment = assess(claim("1", "300", "0")
                .line("A", "100", "0", l -> l.cas("PR", "96", "100"))
                .line("B", "120", "0", l -> l.cas("CO", "96", "120"))
                .line("C", "80", "0", l -> l.cas("PR", "96", "80")));

        assertThat(assessment.primaryReason()).extracting(PrimaryDenialReason::group, PrimaryDenialReason::reason,
                r -> r.amount().toPlainString()).containsExactly("PR", "96", "180");
    }

    /** Claim-level RARCs (MIA/MOA) apply to every reason; an LQ only to the lines it sits on. */
    @Test
    void thePrimaryReasonCarriesClaimLevelRemarksAndTheLqOfItsOwnLinesOnly() {
        DenialAssessment assessment = assess(claim("1", "300", "0").remark("MOA", "MA130")
                .line("99213", "200", "0", l -> l.cas("CO", "16", "200").lq("M51"))
                .line("99214", "100", "0", l -> l.cas("CO", "97", "100").lq("M15")));

        assertThat(assessment.primaryReason().reason()).isEqualTo("16");
        assertThat(assessment.primaryReason().remarkCodes()).containsExactly(
                new RemarkCode("MA130", "MOA", null), new RemarkCode("M51", "LQ", "HE"));
        assertThat(assessment.denialAdjustments()).extracting(a -> a.remarkCodes().get(0).code())
                .containsExactly("M51", "M15");
    }

    @Test
    void claimLevelAdjustmentsCarryNoLineRemarks() {
        DenialAssessment assessment = assess(claim("1", "200", "0").remark("MIA", "N689").cas("CO", "16", "200"));

        assertThat(assessment.denialAdjustments()).singleElement()
                .satisfies(a -> assertThat(a.remarkCodes()).isEmpty());
        assertThat(assessment.primaryReason().remarkCodes()).containsExactly(new RemarkCode("N689", "MIA", null));
    }

    @Test
    void repeatedRemarkCodesAreListedOnce() {
        DenialAssessment assessment = assess(claim("4", "300", "0")
                .line("T1005", "200", "0", l -> l.cas("CO", "16", "200").lq("N14").lq("N14"))
                .line("T1005", "100", "0", l -> l.cas("CO", "16", "100").lq("N14")));

        assertThat(assessment.primaryReason().remarkCodes()).containsExactly(new RemarkCode("N14", "LQ", "HE"));
        assertThat(assessment.primaryReason().amount()).isEqualByComparingTo("300");
    }

    @Test
    void aTieGoesToTheFirstReasonClaimLevelBeforeLines() {
        DenialAssessment assessment = assess(claim("1", "200", "0").cas("CO", "197", "100")
                .line("A", "100", "0", l -> l.cas("CO", "50", "100")));

        assertThat(assessment.primaryReason().reason()).isEqualTo("197");
    }

    @Test
    void denialsAndNonDenialsAreListedInFileOrderClaimLevelFirst() {
        DenialAssessment assessment = assess(claim("1", "1000", "400").cas("CO", "45", "100").cas("CO", "18", "50")
                .line("A", "500", "200", l -> l.cas("PR", "1", "50").cas("CO", "97", "250"))
                .line("B", "500", "200", l -> l.cas("CO", "50", "300")));

        assertThat(assessment.denialAdjustments()).extracting(ClassifiedAdjustment::groupAndReason, ClassifiedAdjustment::lineNumber)
                .containsExactly(tuple("CO-18", 0), tuple("CO-97", 1), tuple("CO-50", 2));
        assertThat(assessment.nonDenialAdjustments()).extracting(ClassifiedAdjustment::groupAndReason)
                .containsExactly("CO-45", "PR-1");
        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.PARTIALLY_DENIED);
        assertThat(assessment.amountAtRisk()).isEqualByComparingTo("600");
        assertThat(assessment.primaryReason().reason()).isEqualTo("50");
    }

    // --- non-denial codes --------------------------------------------------------------------------

    /** PRIMER section 2: tracked, excluded from denial rates. */
    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"PR, 1", "PR, 2", "PR, 3", "CO, 45", "CO, 253", "OA, 23", "CO, 131", "CO, 59", "PR, 66", "PR, 142",
            "CO, A2", "CO, 42", "OA, 94"})
    void areNeverDenials(String group, String reason) {
        assertThat(NonDenialAdjustments.isNonDenial(group, reason)).isTrue();
        DenialAssessment partlyPaid = assess(claim("1", "100", "60").cas(group, reason, "40"));
        assertThat(partlyPaid.outcome()).isEqualTo(ClaimOutcome.NOT_DENIED_ADJUSTED);
        DenialAssessment nothingPaid = assess(claim("1", "100", "0").line("A", "100", "0", l -> l.cas(group, reason, "100")));
        assertThat(nothingPaid.outcome()).isEqualTo(ClaimOutcome.NOT_DENIED_ADJUSTED);
        assertThat(nothingPaid.isDenial()).isFalse();
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"CO, 16", "CO, 29", "CO, 50", "CO, 97", "CO, 197", "PR, 27", "PR, 96", "OA, 18", "PI, 104", "CO, 1", "OA, A7"})
    void otherCodesWithMoneyAreDenials(String group, String reason) {
        assertThat(NonDenialAdjustments.isNonDenial(group, reason)).isFalse();
        assertThat(assess(claim("1", "100", "60").cas(group, reason, "40")).outcome()).isEqualTo(ClaimOutcome.PARTIALLY_DENIED);
    }

    /** 4010 group CR (correction and reversal) hides the original group: the reason decides. */
    @Test
    void group4010CorrectionIsJudgedByItsReason() {
        assertThat(NonDenialAdjustments.isNonDenial("CR", "45")).isTrue();
        assertThat(NonDenialAdjustments.isNonDenial("CR", "2")).isTrue();
        assertThat(NonDenialAdjustments.isNonDenial("CR", "18")).isFalse();
    }

    @Test
    void blanksAndNullsAreTolerated() {
        assertThat(NonDenialAdjustments.isNonDenial(" PR ", " 1 ")).isTrue();
        assertThat(NonDenialAdjustments.isNonDenial(null, "45")).isFalse();
        assertThat(NonDenialAdjustments.isNonDenial("CO", null)).isFalse();
        assertThat(NonDenialAdjustments.codes()).contains("PR-1", "PR-2", "PR-3", "CO-45", "CO-253", "OA-23");
    }

    @Test
    void missingAmountsReadAsZero() {
        RemittanceClaim noAmounts = claim("1", null, null).build();
        DenialAssessment assessment = detector.assess(noAmounts);
        assertThat(assessment.outcome()).isEqualTo(ClaimOutcome.PAID);
        assertThat(assessment.amountAtRisk()).isEqualByComparingTo("0");
    }
}
