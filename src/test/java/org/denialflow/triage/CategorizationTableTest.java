package org.denialflow.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** denial-categorization.dmn (and its required decision appeal-rights), one test per row class. */
class CategorizationTableTest {

    static TriageDecisions decisions;

    @BeforeAll
    static void engine() {
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        decisions = new TriageDecisions(engine, Clock.systemUTC());
    }

    static Categorization categorize(String group, String carc, PayerProgram program, String... rarcs) {
        return decisions.categorize(new CategorizationInput(group, carc, List.of(rarcs), program, null));
    }

    static void assertRoute(Categorization c, String category, String subcategory, String team, String action,
                            boolean appealable) {
        assertThat(c.category()).as("category").isEqualTo(category);
        assertThat(c.subcategory()).as("subcategory").isEqualTo(subcategory);
        assertThat(c.team()).as("team").isEqualTo(team);
        assertThat(c.recommendedAction()).as("action").isEqualTo(action);
        assertThat(c.appealable()).as("appealable").isEqualTo(appealable);
    }

    /** Every CARC named in the PRIMER's routing table (section 3), except A1 which only routes with a RARC. */
    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3", "45", "131", "253", "23", "4", "5", "58", "6", "7", "9", "10", "11", "167",
            "97", "231", "234", "236", "B20", "146", "181", "182", "189", "199", "B16", "150", "151", "152", "153",
            "50", "40", "55", "56", "15", "197", "198", "284", "39", "288", "243", "16", "17", "226", "227", "228",
            "163", "164", "250", "251", "252", "18", "B13", "13", "14", "31", "140", "8", "170", "171", "172", "183",
            "184", "185", "B7", "206", "207", "208", "26", "27", "200", "32", "33", "34", "35", "119", "149", "96",
            "204", "49", "51", "109", "B11", "270", "22", "19", "20", "21", "129", "275", "276", "24", "242", "256",
            "29", "133",
            // seen in the sample remittances
            "42", "94", "A2", "107", "165", "91", "142", "A7", "104", "141", "59"})
    void everyPrimerCarcIsKnown(String carc) {
        for (PayerProgram program : PayerProgram.values()) {
            Categorization c = categorize("CO", carc, program);
            assertThat(c.category()).as("CO-%s at %s", carc, program).isNotEqualTo("UNKNOWN");
            assertThat(c.team()).as("CO-%s at %s", carc, program).isNotEqualTo("TRIAGE");
        }
    }

    @Test
    void resultNamesTheDecision() {
        Categorization c = categorize("CO", "16", PayerProgram.COMMERCIAL);
        assertThat(c.decision().key()).isEqualTo("denial-categorization");
        assertThat(c.decision().versionTag()).isEqualTo("1.0");
        assertThat(c.decision().definitionId()).contains("decisions/denial-categorization.dmn");
    }

    // --- not denials
    @Test
    void patientShareIsNotADenial() {
        assertRoute(categorize("PR", "1", PayerProgram.COMMERCIAL), "NOT_A_DENIAL", "PATIENT_RESPONSIBILITY",
                "PATIENT_FINANCIAL", "BILL_PATIENT", false);
        assertRoute(categorize("PR", "142", PayerProgram.MEDICAID), "NOT_A_DENIAL", "PATIENT_RESPONSIBILITY",
                "PATIENT_FINANCIAL", "BILL_PATIENT", false);
    }

    @Test
    void contractualAdjustmentsGoToUnderpaymentReview() {
        assertRoute(categorize("CO", "45", PayerProgram.MEDICARE), "NOT_A_DENIAL", "CONTRACTUAL", "CONTRACTING",
                "CONTRACT_REVIEW", false);
        assertRoute(categorize("CO", "253", PayerProgram.MEDICARE), "NOT_A_DENIAL", "CONTRACTUAL", "CONTRACTING",
                "NONE", false);
    }

    @Test
    void priorPayerAndPendedAreNotDenials() {
        assertRoute(categorize("OA", "23", PayerProgram.COMMERCIAL), "NOT_A_DENIAL", "COORDINATION_OF_BENEFITS",
                "BILLING", "NONE", false);
        assertRoute(categorize("OA", "133", PayerProgram.COMMERCIAL), "NOT_A_DENIAL", "PENDED", "APPEALS",
                "FOLLOW_UP", false);
    }

    @Test
    void reversalGroupOf4010IsNotADenial() {
        assertRoute(categorize("CR", "50", PayerProgram.COMMERCIAL), "NOT_A_DENIAL", "REVERSAL", "BILLING", "NONE",
                false);
    }

    // --- program- and RARC-specific rows
    @Test
    void ma130WithCo16AtMedicareIsANewClaimWithoutAppeal() {
        Categorization c = categorize("CO", "16", PayerProgram.MEDICARE, "MA130", "M51");
        assertRoute(c, "TECHNICAL", "MISSING_INFORMATION", "BILLING", "CORRECT_AND_RESUBMIT", false);
        assertThat(c.appealRightsReason()).contains("MA130");
    }

    @Test
    void ma130ElsewhereIsStillNotAppealable() {
        assertRoute(categorize("CO", "16", PayerProgram.COMMERCIAL, "MA130"), "TECHNICAL", "FILING_ERROR", "BILLING",
                "CORRECT_AND_RESUBMIT", false);
    }

    @Test
    void n211RemovesAppealRightsButKeepsTheRouting() {
        Categorization c = categorize("CO", "50", PayerProgram.COMMERCIAL, "N211");
        assertRoute(c, "CLINICAL", "MEDICAL_NECESSITY", "CDI", "APPEAL", false);
        assertThat(c.appealRightsReason()).contains("N211");
        assertThat(categorize("CO", "50", PayerProgram.COMMERCIAL).appealable()).isTrue();
    }

    @Test
    void medicareTimelyFilingIsNotAppealable() {
        Categorization c = categorize("CO", "29", PayerProgram.MEDICARE);
        assertRoute(c, "ADMINISTRATIVE", "TIMELY_FILING", "APPEALS", "WRITE_OFF", false);
        assertThat(c.appealRightsReason()).contains("timely");
        assertRoute(categorize("CO", "29", PayerProgram.COMMERCIAL), "ADMINISTRATIVE", "TIMELY_FILING", "APPEALS",
                "APPEAL", true);
    }

    @Test
    void medicareDuplicateIsAReopening() {
        assertRoute(categorize("OA", "18", PayerProgram.MEDICARE), "TECHNICAL", "DUPLICATE", "BILLING", "REOPENING",
                false);
        assertRoute(categorize("OA", "18", PayerProgram.COMMERCIAL), "TECHNICAL", "DUPLICATE", "BILLING", "FOLLOW_UP",
                true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N479", "MA04"})
    void priorPayerEobMissingGoesToBilling(String rarc) {
        assertRoute(categorize("CO", "16", PayerProgram.MEDICARE, rarc), "TECHNICAL", "COORDINATION_OF_BENEFITS",
                "BILLING", "CORRECT_AND_RESUBMIT", true);
    }

    @Test
    void medicalRecordMissingGoesToBillingToSendRecords() {
        assertRoute(categorize("CO", "252", PayerProgram.COMMERCIAL, "M127"), "TECHNICAL", "MISSING_INFORMATION",
                "BILLING", "SEND_RECORDS", true);
    }

    @Test
    void renderingProviderIdGoesToCredentialing() {
        assertRoute(categorize("CO", "16", PayerProgram.COMMERCIAL, "N290"), "TECHNICAL", "PROVIDER_ENROLLMENT",
                "CREDENTIALING", "CORRECT_AND_RESUBMIT", true);
    }

    @Test
    void authorizationRemarksGoToFrontOffice() {
        assertRoute(categorize("CO", "16", PayerProgram.COMMERCIAL, "M62"), "CLINICAL", "AUTHORIZATION",
                "FRONT_OFFICE", "CORRECT_AND_RESUBMIT", true);
        assertRoute(categorize("CO", "198", PayerProgram.COMMERCIAL, "N54"), "CLINICAL", "AUTHORIZATION",
                "FRONT_OFFICE", "CORRECT_AND_RESUBMIT", true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N386", "N115"})
    void coveragePolicyRemarksGoToCdi(String rarc) {
        assertRoute(categorize("CO", "96", PayerProgram.MEDICARE, "N1", rarc), "CLINICAL", "MEDICAL_NECESSITY", "CDI",
                "APPEAL", true);
    }

    @Test
    void planBenefitsRemarkGoesToFrontOffice() {
        assertRoute(categorize("CO", "204", PayerProgram.COMMERCIAL, "N130"), "ADMINISTRATIVE", "COVERAGE",
                "FRONT_OFFICE", "APPEAL", true);
        assertRoute(categorize("PR", "96", PayerProgram.COMMERCIAL, "N130"), "ADMINISTRATIVE", "COVERAGE",
                "FRONT_OFFICE", "BILL_PATIENT", true);
    }

    @Test
    void remarkCodesMatchWholeCodesOnly() {
        // N540 must not be taken for N54, nor N1150 for N115
        assertRoute(categorize("CO", "198", PayerProgram.COMMERCIAL, "N540"), "CLINICAL", "AUTHORIZATION",
                "FRONT_OFFICE", "CORRECT_AND_RESUBMIT", true);
        assertRoute(categorize("CO", "96", PayerProgram.COMMERCIAL, "N1150"), "ADMINISTRATIVE", "COVERAGE",
                "FRONT_OFFICE", "APPEAL", true);
    }

    @Test
    void a1RoutesOnlyWithAKnownRemark() {
        assertRoute(categorize("CO", "A1", PayerProgram.MEDICARE, "N386"), "CLINICAL", "MEDICAL_NECESSITY", "CDI",
                "APPEAL", true);
        assertThat(categorize("CO", "A1", PayerProgram.MEDICARE, "N20").unknown()).isTrue();
    }

    // --- generic CARC rows, one per family of the routing table
    @Test
    void routingTableFamilies() {
        PayerProgram p = PayerProgram.COMMERCIAL;
        assertRoute(categorize("CO", "4", p), "CLINICAL", "CODING", "CODING", "CORRECT_AND_RESUBMIT", true);
        assertRoute(categorize("CO", "7", p), "CLINICAL", "CODING", "CODING", "CORRECT_AND_RESUBMIT", true);
        assertRoute(categorize("CO", "11", p), "CLINICAL", "CODING", "CODING", "CORRECT_AND_RESUBMIT", true);
        assertRoute(categorize("CO", "97", p), "CLINICAL", "BUNDLING", "CODING", "CORRECT_AND_RESUBMIT", true);
        assertRoute(categorize("CO", "B16", p), "CLINICAL", "CODING", "CODING", "CORRECT_AND_RESUBMIT", true);
        assertRoute(categorize("CO", "151", p), "CLINICAL", "DOCUMENTATION", "CDI", "APPEAL", true);
        assertRoute(categorize("CO", "50", p), "CLINICAL", "MEDICAL_NECESSITY", "CDI", "APPEAL", true);
        assertRoute(categorize("CO", "197", p), "CLINICAL", "AUTHORIZATION", "FRONT_OFFICE", "CORRECT_AND_RESUBMIT", true);
        assertRoute(categorize("CO", "39", p), "CLINICAL", "AUTHORIZATION", "CDI", "APPEAL", true);
        assertRoute(categorize("CO", "288", p), "CLINICAL", "AUTHORIZATION", "FRONT_OFFICE", "CORRECT_AND_RESUBMIT", true);
        assertRoute(categorize("CO", "16", p), "TECHNICAL", "MISSING_INFORMATION", "BILLING", "CORRECT_AND_RESUBMIT", true);
        assertRoute(categorize("CO", "251", p), "TECHNICAL", "MISSING_INFORMATION", "BILLING", "SEND_RECORDS", true);
        assertRoute(categorize("CO", "31", p), "TECHNICAL", "PATIENT_DATA", "FRONT_OFFICE", "CORRECT_AND_RESUBMIT", true);
        assertRoute(categorize("CO", "B7", p), "TECHNICAL", "PROVIDER_ENROLLMENT", "CREDENTIALING", "CORRECT_AND_RESUBMIT", true);
        assertRoute(categorize("CO", "27", p), "ADMINISTRATIVE", "COVERAGE", "FRONT_OFFICE", "BILL_OTHER_PAYER", true);
        assertRoute(categorize("PR", "27", p), "ADMINISTRATIVE", "COVERAGE", "FRONT_OFFICE", "BILL_PATIENT", true);
        assertRoute(categorize("CO", "119", p), "ADMINISTRATIVE", "COVERAGE", "FRONT_OFFICE", "BILL_PATIENT", true);
        assertRoute(categorize("CO", "96", p), "ADMINISTRATIVE", "COVERAGE", "FRONT_OFFICE", "APPEAL", true);
        assertRoute(categorize("PR", "204", p), "ADMINISTRATIVE", "COVERAGE", "FRONT_OFFICE", "BILL_PATIENT", true);
        assertRoute(categorize("CO", "109", p), "ADMINISTRATIVE", "COORDINATION_OF_BENEFITS", "FRONT_OFFICE", "BILL_OTHER_PAYER", true);
        assertRoute(categorize("CO", "22", p), "ADMINISTRATIVE", "COORDINATION_OF_BENEFITS", "BILLING", "BILL_OTHER_PAYER", true);
        assertRoute(categorize("CO", "129", p), "ADMINISTRATIVE", "COORDINATION_OF_BENEFITS", "BILLING", "CORRECT_AND_RESUBMIT", true);
        assertRoute(categorize("CO", "242", p), "ADMINISTRATIVE", "CONTRACTUAL", "CONTRACTING", "CONTRACT_REVIEW", true);
    }

    // --- unknown codes
    @Test
    void unknownCodeGoesToTriageAndIsCounted() {
        long before = decisions.unknownCodes().total();
        Categorization c = categorize("CO", "Z999", PayerProgram.COMMERCIAL, "N1");
        assertRoute(c, "UNKNOWN", "UNKNOWN", "TRIAGE", "TRIAGE", true);
        assertThat(c.unknown()).isTrue();
        assertThat(decisions.unknownCodes().total()).isEqualTo(before + 1);
        assertThat(decisions.unknownCodes().snapshot()).containsKey("CO-Z999 ,N1,");
    }

    @Test
    void missingCodeGoesToTriage() {
        assertThat(categorize(null, null, PayerProgram.OTHER).team()).isEqualTo("TRIAGE");
    }

    @Test
    void programComesFromTheFilingIndicatorWhenNotGiven() {
        Categorization c = decisions.categorize(CategorizationInput.of("CO", "29", "MB"));
        assertThat(c.appealable()).isFalse();
        assertThat(decisions.categorize(CategorizationInput.of("CO", "29", "CI")).appealable()).isTrue();
    }
}
