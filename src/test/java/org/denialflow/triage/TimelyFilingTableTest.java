package org.denialflow.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** timely-filing.dmn: limits and anchors per program, submission kind and network status. */
class TimelyFilingTableTest {

    static TriageDecisions decisions;

    @BeforeAll
    static void engine() {
        decisions = new TriageDecisions(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(),
                Clock.systemUTC());
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3} days from {4}")
    @CsvSource({
            "MEDICARE, ORIGINAL, UNKNOWN, 365, DATE_OF_SERVICE",
            "MEDICARE, REJECTED_RESUBMISSION, IN, 365, DATE_OF_SERVICE",
            "MEDICARE, CORRECTED, IN, 365, REMITTANCE_DATE",
            "MEDICARE_ADVANTAGE, ORIGINAL, OUT, 365, DATE_OF_SERVICE",
            "MEDICARE_ADVANTAGE, CORRECTED, IN, 90, REMITTANCE_DATE",
            "MEDICAID, ORIGINAL, IN, 180, DATE_OF_SERVICE",
            "MEDICAID, REJECTED_RESUBMISSION, IN, 180, DATE_OF_SERVICE",
            "COMMERCIAL, ORIGINAL, IN, 90, DATE_OF_SERVICE",
            "COMMERCIAL, ORIGINAL, OUT, 180, DATE_OF_SERVICE",
            "COMMERCIAL, ORIGINAL, UNKNOWN, 90, DATE_OF_SERVICE",
            "COMMERCIAL, REJECTED_RESUBMISSION, OUT, 180, DATE_OF_SERVICE",
            "COMMERCIAL, CORRECTED, OUT, 90, REMITTANCE_DATE",
            "OTHER, ORIGINAL, IN, 90, DATE_OF_SERVICE",
            "OTHER, CORRECTED, IN, 90, REMITTANCE_DATE",
    })
    void limitPerProgramAndKind(PayerProgram program, SubmissionKind kind, NetworkStatus network, int days,
                                String anchor) {
        FilingWindow w = decisions.filingWindow(FilingWindowInput.of(program, kind, network));
        assertThat(w.limitDays()).isEqualTo(days);
        assertThat(w.anchor()).isEqualTo(anchor);
        assertThat(w.note()).isNotBlank();
        assertThat(w.decision().key()).isEqualTo("timely-filing");
    }

    @Test
    void rejectedClaimKeepsTheOriginalClock() {
        FilingWindow original = decisions.filingWindow(
                FilingWindowInput.of(PayerProgram.COMMERCIAL, SubmissionKind.ORIGINAL, NetworkStatus.IN));
        FilingWindow rejected = decisions.filingWindow(
                FilingWindowInput.of(PayerProgram.COMMERCIAL, SubmissionKind.REJECTED_RESUBMISSION, NetworkStatus.IN));
        assertThat(rejected.limitDays()).isEqualTo(original.limitDays());
        assertThat(rejected.anchor()).isEqualTo("DATE_OF_SERVICE");
        assertThat(decisions.filingWindow(FilingWindowInput.of(PayerProgram.MEDICARE,
                SubmissionKind.REJECTED_RESUBMISSION, NetworkStatus.IN)).note()).contains("rejection does not stop the clock");
    }

    @Test
    void payersOwnLimitWinsExceptAtMedicare() {
        assertThat(decisions.filingWindow(new FilingWindowInput(PayerProgram.COMMERCIAL, "87726",
                SubmissionKind.ORIGINAL, NetworkStatus.IN, 120)).limitDays()).isEqualTo(120);
        assertThat(decisions.filingWindow(new FilingWindowInput(PayerProgram.MEDICARE, null,
                SubmissionKind.ORIGINAL, NetworkStatus.IN, 120)).limitDays()).isEqualTo(365);
        // the payer limit is for new claims; corrections keep their own row
        assertThat(decisions.filingWindow(new FilingWindowInput(PayerProgram.COMMERCIAL, null,
                SubmissionKind.CORRECTED, NetworkStatus.IN, 120)).limitDays()).isEqualTo(90);
    }

    @Test
    void missingEverythingStillGivesADefault() {
        FilingWindow w = decisions.filingWindow(new FilingWindowInput(null, null, null, null, null));
        assertThat(w.limitDays()).isEqualTo(90);
        assertThat(w.deadline(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
