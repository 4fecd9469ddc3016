package org.denialflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ResolutionMediansTest {

    @Test
    void theMiddleValueOrTheMeanOfTheTwoMiddleValues() {
        assertThat(ResolutionMedians.median(List.of(new long[] {5, 1}, new long[] {1, 1}, new long[] {9, 1})))
                .isEqualByComparingTo("5");
        assertThat(ResolutionMedians.median(List.of(new long[] {20, 1}, new long[] {21, 1}))).isEqualByComparingTo("20.5");
        assertThat(ResolutionMedians.median(List.of(new long[] {3, 4}, new long[] {100, 1}))).isEqualByComparingTo("3");
        assertThat(ResolutionMedians.median(List.of())).isNull();
    }

    @Test
    void agreesWithSortingEveryValue() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            List<Long> values = new ArrayList<>();
            List<long[]> histogram = new ArrayList<>();
            for (int day = 0; day < 1 + random.nextInt(12); day++) {
                int count = random.nextInt(4);
                long value = random.nextInt(90);
                histogram.add(new long[] {value, count});
                for (int i = 0; i < count; i++) {
                    values.add(value);
                }
            }
            values.sort(Long::compare);
            BigDecimal expected = values.isEmpty() ? null : BigDecimal.valueOf(values.get((values.size() - 1) / 2)
                    + values.get(values.size() / 2)).divide(BigDecimal.valueOf(2));
            assertThat(ResolutionMedians.median(histogram)).isEqualTo(expected);
        }
    }

    @Test
    void oneMedianPerGroup() {
        Map<String, BigDecimal> medians = ResolutionMedians.byGroup(List.of(
                Map.of("group_key", "CDI", "days", 10L, "denials", 1L),
                Map.of("group_key", "BILLING", "days", 4L, "denials", 2L),
                Map.of("group_key", "CDI", "days", 30L, "denials", 1L)));
        assertThat(medians).containsEntry("CDI", new BigDecimal("20")).containsEntry("BILLING", new BigDecimal("4"));
    }
}
