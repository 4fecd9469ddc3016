package org.denialflow.triage;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the group/CARC/RARC combinations that the categorization table could not route (category UNKNOWN), so
 * that a supervisor can see which rows are missing. In memory, since the last start; the Micrometer counter
 * {@code denialflow.triage.unknown} (when a registry is present) carries the total for monitoring.
 */
public class UnknownCodeCounter {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void record(String groupCode, String carc, String rarcs) {
        String key = (groupCode == null ? "" : groupCode) + "-" + (carc == null ? "" : carc)
                + (rarcs == null || rarcs.isEmpty() ? "" : " " + rarcs);
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Key "CO-999 ,N1," (group-CARC, then the RARC list when there was one) to count, sorted by key. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public void reset() {
        counts.clear();
    }
}
