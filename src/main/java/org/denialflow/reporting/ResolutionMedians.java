package org.denialflow.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The median days to resolution of each group, from a histogram (group, whole days, denials) rather
 * than from the denials one by one: the value in the middle, or the mean of the two middle values
 * when the count is even, as SQL's {@code percentile_cont(0.5)} gives it.
 */
final class ResolutionMedians {

    private ResolutionMedians() {
    }

    /** Rows with group_key, days and denials, in any order; the median of each group_key. */
    static Map<String, BigDecimal> byGroup(List<Map<String, Object>> histogram) {
        Map<String, List<long[]>> groups = new LinkedHashMap<>();
        for (Map<String, Object> row : histogram) {
            groups.computeIfAbsent(String.valueOf(row.get("group_key")), k -> new ArrayList<>())
                    .add(new long[] {ReportService.number(row.get("days")).longValue(),
                            ReportService.number(row.get("denials")).longValue()});
        }
        Map<String, BigDecimal> medians = new HashMap<>();
        groups.forEach((group, counts) -> medians.put(group, median(counts)));
        return medians;
    }

    /** The median of values given as {value, how many times}; null when there are none. */
    static BigDecimal median(List<long[]> counts) {
        List<long[]> sorted = new ArrayList<>(counts);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        long total = sorted.stream().mapToLong(c -> c[1]).sum();
        if (total == 0) {
            return null;
        }
        long lower = valueAt(sorted, (total - 1) / 2);
        long upper = valueAt(sorted, total / 2);
        return BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2));
    }

    /** The value at a zero-based position of the values laid out in order. */
    private static long valueAt(List<long[]> sorted, long position) {
        long seen = 0;
        for (long[] count : sorted) {
            seen += count[1];
            if (position < seen) {
                return count[0];
            }
        }
        throw new IllegalArgumentException("position " + position + " beyond " + seen + " values");
    }
}
