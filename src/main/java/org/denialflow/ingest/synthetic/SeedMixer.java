package org.denialflow.ingest.synthetic;

import java.util.Random;

/**
 * Gives each claim its own {@link Random}, derived from the seed and the claim's ordinal, so a
 * claim's content does not depend on how claims are split into files. The SplitMix64 finaliser
 * keeps neighbouring ordinals from producing correlated sequences.
 */
final class SeedMixer {

    static final long BASE_CLAIM = 0x42A5E;
    static final long REMITTANCE = 0x835;
    static final long ACKNOWLEDGMENT = 0x277;

    private SeedMixer() {
    }

    static Random randomFor(long seed, long ordinal, long purpose) {
        long z = seed * 0x9E3779B97F4A7C15L + ordinal * 0xBF58476D1CE4E5B9L + purpose * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }
}
