package org.denialflow.ingest.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the claim population into files the way payers send them: each file comes from one payer
 * and holds at most {@code claimsPerFile} claims. Only one partial batch per payer is held in memory.
 */
final class PayerBatcher {

    interface BatchConsumer {
        /** @return false to stop after this batch */
        boolean accept(int fileIndex, SyntheticPayer payer, List<BaseClaim> claims);
    }

    private final ClaimPopulation population;
    private final long claims;
    private final int claimsPerFile;

    PayerBatcher(ClaimPopulation population, long claims, int claimsPerFile) {
        this.population = population;
        this.claims = claims;
        this.claimsPerFile = claimsPerFile;
    }

    void forEachBatch(BatchConsumer consumer) {
        Map<SyntheticPayer, List<BaseClaim>> pending = new LinkedHashMap<>();
        SyntheticPayer.ALL.forEach(payer -> pending.put(payer, new ArrayList<>()));
        int fileIndex = 0;
        for (long ordinal = 0; ordinal < claims; ordinal++) {
            BaseClaim claim = population.claim(ordinal);
            List<BaseClaim> batch = pending.get(claim.payer());
            batch.add(claim);
            if (batch.size() == claimsPerFile) {
                if (!consumer.accept(fileIndex++, claim.payer(), List.copyOf(batch))) {
                    return;
                }
                batch.clear();
            }
        }
        for (Map.Entry<SyntheticPayer, List<BaseClaim>> leftover : pending.entrySet()) {
            if (!leftover.getValue().isEmpty()
                    && !consumer.accept(fileIndex++, leftover.getKey(), List.copyOf(leftover.getValue()))) {
                return;
            }
        }
    }

    int countFiles() {
        int[] count = {0};
        forEachBatch((index, payer, batch) -> {
            count[0]++;
            return true;
        });
        return count[0];
    }
}
