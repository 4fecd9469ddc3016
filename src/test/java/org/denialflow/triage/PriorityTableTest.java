package org.denialflow.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** denial-priority.dmn: the three score tables, the sum and the tiers. */
class PriorityTableTest {

    static TriageDecisions decisions;

    @BeforeAll
    static void engine() {
        decisions = new TriageDecisions(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(),
                Clock.systemUTC());
    }

    static PriorityResult prioritize(String amount, Integer daysLeft, String category, Double likelihood) {
        return decisions.prioritize(new PriorityInput(amount == null ? null : new BigDecimal(amount), daysLeft,
                category, likelihood));
    }

    @ParameterizedTest(name = "${0}, {1} days, {3} -> {4} {5}")
    @CsvSource({
            // amount, daysLeft, category, likelihood, priority, tier
            "30000, 5, CLINICAL, 0.8, 100, CRITICAL",     // 40 + 35 + 25
            "6000, 20, TECHNICAL, 0.6, 75, CRITICAL",     // 35 + 22 + 18
            "1500, 45, ADMINISTRATIVE, 0.6, 60, HIGH",    // 28 + 14 + 18
            "700, 45, CLINICAL, 0.3, 44, MEDIUM",         // 20 + 14 + 10
            "200, 80, CLINICAL, 0.3, 30, LOW",            // 12 + 8 + 10
            "40, 200, TECHNICAL, 0.1, 12, LOW",           // 5 + 3 + 4
            "25000, 7, TECHNICAL, 0.75, 100, CRITICAL",   // band edges are inclusive
            "24999.99, 8, TECHNICAL, 0.74, 83, CRITICAL", // 35 + 30 + 18
    })
    void scoreIsDollarsPlusUrgencyPlusLikelihood(String amount, int daysLeft, String category, double likelihood,
                                                  int priority, String tier) {
        PriorityResult result = prioritize(amount, daysLeft, category, likelihood);
        assertThat(result.priority()).isEqualTo(priority);
        assertThat(result.tier()).isEqualTo(tier);
    }

    @Test
    void higherDollarsNearerDeadlineAndBetterOddsComeFirst() {
        int base = prioritize("1000", 30, "CLINICAL", 0.5).priority();
        assertThat(prioritize("10000", 30, "CLINICAL", 0.5).priority()).isGreaterThan(base);
        assertThat(prioritize("1000", 5, "CLINICAL", 0.5).priority()).isGreaterThan(base);
        assertThat(prioritize("1000", 30, "CLINICAL", 0.9).priority()).isGreaterThan(base);
    }

    @Test
    void passedDeadlineIsOverdue() {
        PriorityResult result = prioritize("5000", -3, "ADMINISTRATIVE", 0.5);
        assertThat(result.tier()).isEqualTo("OVERDUE");
        assertThat(result.priority()).isEqualTo(35 + 5 + 18);
    }

    @Test
    void notADenialHasNoPriority() {
        PriorityResult result = prioritize("90000", 2, "NOT_A_DENIAL", 0.9);
        assertThat(result.priority()).isZero();
        assertThat(result.tier()).isEqualTo("NONE");
    }

    @Test
    void missingValuesUseTheMiddleBands() {
        PriorityResult result = prioritize(null, null, "UNKNOWN", null);
        assertThat(result.priority()).isEqualTo(0 + 10 + 12);
        assertThat(result.tier()).isEqualTo("LOW");
        assertThat(result.decision().key()).isEqualTo("denial-priority");
    }

    @Test
    void priorityStaysWithinTaskPriorityRange() {
        for (String amount : new String[] {"0", "99", "100000000"}) {
            for (int days : new int[] {-400, 0, 7, 31, 9999}) {
                for (double p : new double[] {0, 0.25, 1}) {
                    assertThat(prioritize(amount, days, "CLINICAL", p).priority()).isBetween(0, 100);
                }
            }
        }
    }
}
