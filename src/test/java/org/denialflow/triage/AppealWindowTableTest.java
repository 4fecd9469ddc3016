package org.denialflow.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** appeal-window.dmn: Medicare's five levels, Medicare Advantage, Medicaid, commercial, payer windows, default. */
class AppealWindowTableTest {

    static final LocalDate IN_2026 = LocalDate.of(2026, 3, 2);
    static final LocalDate IN_2025 = LocalDate.of(2025, 11, 20);
    static TriageDecisions decisions;

    @BeforeAll
    static void engine() {
        // "today" is in 2026 unless a test gives a date
        Clock clock = Clock.fixed(Instant.parse("2026-02-10T12:00:00Z"), ZoneOffset.UTC);
        decisions = new TriageDecisions(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(),
                clock);
    }

    static AppealWindow window(PayerProgram program, int level) {
        return decisions.appealWindow(AppealWindowInput.of(program, level)).orElseThrow();
    }

    static Optional<AppealWindow> window(PayerProgram program, int level, String state, LocalDate date,
                                         Integer payerDays) {
        return decisions.appealWindow(new AppealWindowInput(program, null, level, ClaimType.PROFESSIONAL, state, date,
                payerDays));
    }

    @Test
    void medicareLevelOneIsRedeterminationIn120DaysFromPresumedReceipt() {
        AppealWindow w = window(PayerProgram.MEDICARE, 1);
        assertThat(w.levelName()).isEqualTo("Redetermination (MAC)");
        assertThat(w.daysAllowed()).isEqualTo(120);
        assertThat(w.anchor()).isEqualTo("NOTICE_DATE_PLUS_5");
        assertThat(w.nextLevelName()).isEqualTo("Reconsideration (QIC)");
        assertThat(w.minimumAmountInControversy()).isNull();
        assertThat(w.escalationAllowed()).isTrue();
        assertThat(w.deadline(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 6).plusDays(120));
        assertThat(w.decision().key()).isEqualTo("appeal-window");
    }

    @Test
    void medicareFiveLevels() {
        assertThat(window(PayerProgram.MEDICARE, 2).daysAllowed()).isEqualTo(180);
        assertThat(window(PayerProgram.MEDICARE, 2).nextLevelName()).isEqualTo("ALJ hearing");
        assertThat(window(PayerProgram.MEDICARE, 3).daysAllowed()).isEqualTo(60);
        assertThat(window(PayerProgram.MEDICARE, 4).levelName()).isEqualTo("Medicare Appeals Council");
        AppealWindow court = window(PayerProgram.MEDICARE, 5);
        assertThat(court.levelName()).isEqualTo("Federal district court");
        assertThat(court.nextLevelName()).isNull();
        assertThat(court.escalationAllowed()).isFalse();
        assertThat(decisions.appealWindow(AppealWindowInput.of(PayerProgram.MEDICARE, 6))).isEmpty();
    }

    @Test
    void amountInControversyFollowsTheYearOfTheRequest() {
        assertThat(window(PayerProgram.MEDICARE, 3, null, IN_2026, null).orElseThrow().minimumAmountInControversy())
                .isEqualTo(200);
        assertThat(window(PayerProgram.MEDICARE, 3, null, IN_2025, null).orElseThrow().minimumAmountInControversy())
                .isEqualTo(190);
        assertThat(window(PayerProgram.MEDICARE, 5, null, IN_2026, null).orElseThrow().minimumAmountInControversy())
                .isEqualTo(1960);
        assertThat(window(PayerProgram.MEDICARE, 5, null, IN_2025, null).orElseThrow().minimumAmountInControversy())
                .isEqualTo(1900);
        // no date: today from the clock (2026)
        assertThat(window(PayerProgram.MEDICARE, 3).minimumAmountInControversy()).isEqualTo(200);
    }

    @Test
    void medicareAdvantagePlanReconsiderationThenAutomaticIre() {
        AppealWindow one = window(PayerProgram.MEDICARE_ADVANTAGE, 1);
        assertThat(one.daysAllowed()).isEqualTo(60);
        assertThat(one.expectedDecisionDays()).isEqualTo(60);
        assertThat(one.autoForwarded()).isTrue();
        assertThat(one.nextLevelName()).isEqualTo("Independent review entity (IRE)");
        AppealWindow ire = window(PayerProgram.MEDICARE_ADVANTAGE, 2);
        assertThat(ire.daysAllowed()).isNull();
        assertThat(ire.deadline(IN_2026)).isNull();
        assertThat(ire.nextLevelName()).isEqualTo("ALJ hearing");
        assertThat(window(PayerProgram.MEDICARE_ADVANTAGE, 3).minimumAmountInControversy()).isEqualTo(200);
    }

    @Test
    void medicaidDefaultAndStateRows() {
        assertThat(window(PayerProgram.MEDICAID, 1).daysAllowed()).isEqualTo(60);
        assertThat(window(PayerProgram.MEDICAID, 1, "TX", IN_2026, null).orElseThrow().daysAllowed()).isEqualTo(120);
        assertThat(window(PayerProgram.MEDICAID, 1, "CA", IN_2026, null).orElseThrow().daysAllowed()).isEqualTo(90);
        assertThat(window(PayerProgram.MEDICAID, 1, "NY", IN_2026, null).orElseThrow().daysAllowed()).isEqualTo(60);
        assertThat(window(PayerProgram.MEDICAID, 2).levelName()).isEqualTo("State administrative hearing");
    }

    @Test
    void commercialInternalAppealThenExternalReview() {
        AppealWindow internal = window(PayerProgram.COMMERCIAL, 1);
        assertThat(internal.daysAllowed()).isEqualTo(180);
        assertThat(internal.anchor()).isEqualTo("REMITTANCE_DATE");
        assertThat(internal.nextLevelName()).isEqualTo("External review");
        AppealWindow external = window(PayerProgram.COMMERCIAL, 2);
        assertThat(external.daysAllowed()).isEqualTo(120);
        assertThat(external.anchor()).isEqualTo("PRIOR_DECISION_DATE");
        assertThat(external.nextLevelName()).isNull();
    }

    @Test
    void payersOwnWindowWinsExceptAtMedicare() {
        assertThat(window(PayerProgram.COMMERCIAL, 1, null, IN_2026, 65).orElseThrow().daysAllowed()).isEqualTo(65);
        assertThat(window(PayerProgram.OTHER, 1, null, IN_2026, 90).orElseThrow().daysAllowed()).isEqualTo(90);
        assertThat(window(PayerProgram.MEDICAID, 1, "TX", IN_2026, 95).orElseThrow().daysAllowed()).isEqualTo(95);
        assertThat(window(PayerProgram.MEDICARE, 1, null, IN_2026, 65).orElseThrow().daysAllowed()).isEqualTo(120);
    }

    @Test
    void otherPayersGetACautiousDefault() {
        AppealWindow w = window(PayerProgram.OTHER, 1);
        assertThat(w.daysAllowed()).isEqualTo(60);
        assertThat(w.nextLevelName()).isNull();
        assertThat(decisions.appealWindow(AppealWindowInput.of(PayerProgram.OTHER, 2))).isEmpty();
        assertThat(decisions.appealWindow(AppealWindowInput.of(null, 1))).get()
                .extracting(AppealWindow::daysAllowed).isEqualTo(60);
    }
}
