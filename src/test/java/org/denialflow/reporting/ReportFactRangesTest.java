package org.denialflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportFactRangesTest {

    @Test
    void consecutiveDaysMakeOneRange() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        List<LocalDate[]> ranges = ReportFacts.contiguous(List.of(d, d.plusDays(1), d.plusDays(2), d.plusDays(5)));
        assertThat(ranges).hasSize(2);
        assertThat(ranges.get(0)).containsExactly(d, d.plusDays(3));
        assertThat(ranges.get(1)).containsExactly(d.plusDays(5), d.plusDays(6));
    }
}
