package org.denialflow.triage;

/**
 * The chance that an appeal of this kind of denial at this payer succeeds, with the number of decided
 * appeals it rests on. Shown to users as "62% (14 appeals)".
 */
public record Likelihood(double rate, int sampleSize) {

    public String display() {
        return Math.round(rate * 100) + "% (" + sampleSize + (sampleSize == 1 ? " appeal)" : " appeals)");
    }
}
