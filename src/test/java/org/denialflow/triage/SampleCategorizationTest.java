package org.denialflow.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.denialflow.denial.detect.ClaimOutcome;
import org.denialflow.denial.detect.DenialAssessment;
import org.denialflow.denial.detect.DenialDetector;
import org.denialflow.denial.detect.PrimaryDenialReason;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.RemarkCode;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.x12.X12Reader;
import org.denialflow.support.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every denial in the real sample remittances, read, detected and categorized as intake and triage
 * do it: which category, team and action each primary reason gets, per file, and no unknown code.
 */
class SampleCategorizationTest {

    private final TriageDecisions decisions = new TriageDecisions(
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(), Clock.systemUTC());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pyx12__835_mult_loops.txt | DENIED CO-16 -> TECHNICAL BILLING CORRECT_AND_RESUBMIT=1
            OopFactory-X12Parser__INS-835-5010__Example1.txt | DENIED CO-29 -> ADMINISTRATIVE APPEALS APPEAL=1; DENIED CR-18 -> NOT_A_DENIAL BILLING NONE=1; DENIED PI-104 -> NOT_A_DENIAL CONTRACTING NONE=1; DENIED no reason -> UNKNOWN TRIAGE TRIAGE=1
            OopFactory-X12Parser__INS-835-4010__Example1_GripElements.txt | DENIED CO-29 -> ADMINISTRATIVE APPEALS APPEAL=1; DENIED CR-18 -> NOT_A_DENIAL BILLING NONE=1; DENIED PI-104 -> NOT_A_DENIAL CONTRACTING NONE=1; DENIED no reason -> UNKNOWN TRIAGE TRIAGE=1
            OopFactory-X12Parser__INS-835-4010__FromNth_835_DeIdent_01.dat | DENIED OA-18 -> TECHNICAL BILLING FOLLOW_UP=12; DENIED PR-16 -> TECHNICAL BILLING CORRECT_AND_RESUBMIT=1; PARTIALLY_DENIED CO-97 -> CLINICAL CODING CORRECT_AND_RESUBMIT=4
            OopFactory-X12Parser__INS-835-5010__ExampleFromNth.txt | DENIED CO-165 -> CLINICAL FRONT_OFFICE CORRECT_AND_RESUBMIT=1; DENIED CO-23 -> NOT_A_DENIAL BILLING NONE=2; DENIED CO-24 -> ADMINISTRATIVE CONTRACTING CONTRACT_REVIEW=13; PARTIALLY_DENIED CO-16 -> TECHNICAL BILLING CORRECT_AND_RESUBMIT=2; PARTIALLY_DENIED CO-204 -> ADMINISTRATIVE FRONT_OFFICE APPEAL=3; PARTIALLY_DENIED CO-23 -> NOT_A_DENIAL BILLING NONE=1
            OopFactory-X12Parser__INS-835-5010__FromNth_835_WithMultipleInterchanges.txt | DENIED CO-165 -> CLINICAL FRONT_OFFICE CORRECT_AND_RESUBMIT=1; DENIED CO-23 -> NOT_A_DENIAL BILLING NONE=2; DENIED CO-24 -> ADMINISTRATIVE CONTRACTING CONTRACT_REVIEW=13; PARTIALLY_DENIED CO-16 -> TECHNICAL BILLING CORRECT_AND_RESUBMIT=2; PARTIALLY_DENIED CO-204 -> ADMINISTRATIVE FRONT_OFFICE APPEAL=3; PARTIALLY_DENIED CO-23 -> NOT_A_DENIAL BILLING NONE=1
            Project-Herophilus-Assets__835_Sample_Institutional_Claims_only_.2014.txt | DENIED CO-39 -> CLINICAL CDI APPEAL=1
            Project-Herophilus-Assets__835_Sample_Pharmacy.2014.txt | DENIED CO-16 -> TECHNICAL BILLING CORRECT_AND_RESUBMIT=1; DENIED CO-27 -> ADMINISTRATIVE FRONT_OFFICE BILL_OTHER_PAYER=1
            Project-Herophilus-Assets__835_Sample_Professional_Claims_only-no_payment_.2014.txt | DENIED CO-29 -> ADMINISTRATIVE APPEALS APPEAL=1
            Project-Herophilus-Assets__835_Sample_Professional_Claims_only-w_payment_.2014.txt | DENIED CO-29 -> ADMINISTRATIVE APPEALS APPEAL=1; PARTIALLY_DENIED CO-251 -> TECHNICAL BILLING SEND_RECORDS=1
            moov-io-x12__example_5010_835_sample1.txt | DENIED PR-27 -> ADMINISTRATIVE FRONT_OFFICE BILL_PATIENT=2
            LinuxForHealth-x12__835_005010X221A1__managed-care.835 | none
            LinuxForHealth-x12__835_005010X221A1__medicare-part-a.835 | none
            LinuxForHealth-x12__835_005010X221A1__cob-contractural-adjustment.835 | none
            LinuxForHealth-x12__835_005010X221A1__secondary-payment.835 | none
            LinuxForHealth-x12__835_005010X221A1__tertiary-payment.835 | none
            Project-Herophilus-Assets__835Sample_OutpatientRetro_.txt | none
            Project-Herophilus-Assets__835_Inst_Sample_Inpatient_DRG_Retro_.txt | none
            edi-835-parser__united_healthcare_legacy_sample.txt | none
            moov-io-x12__example_5010_835_sample2.txt | none
            pyx12__x12testdata.py_835id.txt | none
            """)
    void everyDenialInASampleGoesToTheRightTeam(String file, String expected) {
        ParsedFile parsed = new X12Reader().read(new ByteArrayInputStream(Samples.bytes(file)));
        assertThat(parsed.hasErrors()).as("problems: %s", parsed.problems()).isFalse();

        Map<String, Integer> routes = new TreeMap<>();
        for (RemittanceClaim claim : parsed.remittances().stream().flatMap(r -> r.claims().stream()).toList()) {
            DenialAssessment assessment = new DenialDetector().assess(claim);
            if (assessment.isDenial() || assessment.outcome() == ClaimOutcome.PENDED) {
                routes.merge(route(claim, assessment), 1, Integer::sum);
            }
        }

        String actual = routes.isEmpty() ? "none" : String.join("; ",
                routes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void noCodeInTheSamplesIsUnknownToTheTable() {
        everyDenialInASampleGoesToTheRightTeam("OopFactory-X12Parser__INS-835-5010__ExampleFromNth.txt",
                "DENIED CO-165 -> CLINICAL FRONT_OFFICE CORRECT_AND_RESUBMIT=1; DENIED CO-23 -> NOT_A_DENIAL BILLING NONE=2; DENIED CO-24 -> ADMINISTRATIVE CONTRACTING CONTRACT_REVIEW=13; PARTIALLY_DENIED CO-16 -> TECHNICAL BILLING CORRECT_AND_RESUBMIT=2; PARTIALLY_DENIED CO-204 -> ADMINISTRATIVE FRONT_OFFICE APPEAL=3; PARTIALLY_DENIED CO-23 -> NOT_A_DENIAL BILLING NONE=1");
        everyDenialInASampleGoesToTheRightTeam("Project-Herophilus-Assets__835_Sample_Professional_Claims_only-w_payment_.2014.txt",
                "DENIED CO-29 -> ADMINISTRATIVE APPEALS APPEAL=1; PARTIALLY_DENIED CO-251 -> TECHNICAL BILLING SEND_RECORDS=1");
        assertThat(decisions.unknownCodes().snapshot()).isEmpty();
    }

    private String route(RemittanceClaim claim, DenialAssessment assessment) {
        PrimaryDenialReason reason = assessment.primaryReason();
        Categorization c = decisions.categorize(new CategorizationInput(
                reason == null ? null : reason.group(), reason == null ? null : reason.reason(),
                reason == null ? java.util.List.of() : reason.remarkCodes().stream().map(RemarkCode::code).toList(),
                null, claim.filingIndicator()));
        String code = reason == null ? "no reason" : reason.group() + "-" + reason.reason();
        return assessment.outcome() + " " + code + " -> " + c.category() + " " + c.team() + " " + c.recommendedAction();
    }
}
