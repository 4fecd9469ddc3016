package org.denialflow.ingest.synthetic;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Root causes of denials with the share each has in the published cause mix (Change Healthcare
 * Denials Index 2020, see the domain primer) and the group/CARC/RARC combinations payers use for
 * them. {@link #UNKNOWN} uses codes the routing table does not cover, so routing must fall back.
 */
public enum DenialCause {
    REGISTRATION_ELIGIBILITY(26.6, 0.6, false,
            DenialCode.wholeClaim("CO", "31", "N382"),
            DenialCode.of("CO", "140", "MA27"),
            DenialCode.of("CO", "27", "N30"),
            DenialCode.of("CO", "26", "N30"),
            DenialCode.of("CO", "22", "MA04")),
    MISSING_OR_INVALID_CLAIM_DATA(17.2, 0.2, true,
            DenialCode.of("CO", "16", "M51"),
            DenialCode.of("CO", "16", "M76"),
            DenialCode.of("CO", "16", "N286"),
            DenialCode.of("CO", "16", "M77"),
            DenialCode.of("CO", "16", "MA130", "M51")),
    AUTHORIZATION(11.6, 0.2, true,
            DenialCode.of("CO", "15", "M62"),
            DenialCode.of("CO", "197", "M62"),
            DenialCode.of("CO", "198", "N54"),
            DenialCode.of("CO", "288")),
    NOT_COVERED(10.6, 0.2, true,
            DenialCode.of("CO", "96", "N130"),
            DenialCode.of("CO", "204", "N130"),
            DenialCode.of("CO", "96", "N425"),
            DenialCode.of("CO", "49", "N130")),
    DOCUMENTATION_REQUESTED(9.2, 0.2, true,
            DenialCode.of("CO", "16", "M127"),
            DenialCode.of("CO", "16", "N479"),
            DenialCode.of("CO", "16", "MA130", "M127"),
            DenialCode.of("CO", "252", "M127")),
    MEDICAL_NECESSITY(6.6, 0.2, true,
            DenialCode.of("CO", "50", "N386"),
            DenialCode.of("CO", "50", "N115")),
    UNKNOWN(6.4, 0.2, true,
            DenialCode.of("CO", "A1", "N381"),
            DenialCode.of("CO", "B9"),
            DenialCode.of("CO", "B5", "N381")),
    TIMELY_FILING(5.4, 0.5, false,
            DenialCode.of("CO", "29"),
            DenialCode.of("CO", "29", "N211")),
    CODING(4.8, 0.0, true,
            DenialCode.of("CO", "4", "M20"),
            DenialCode.of("CO", "11", "M76"),
            DenialCode.of("CO", "181", "N56"),
            DenialCode.of("CO", "5", "M77"),
            DenialCode.singleLine("CO", "97", "N20")),
    PROVIDER_ELIGIBILITY(0.9, 0.5, false,
            DenialCode.of("CO", "185", "N290"),
            DenialCode.of("CO", "8", "N95"),
            DenialCode.of("CO", "B7", "N290"));

    private final double publishedShare;
    private final double claimLevelShare;
    private final boolean deniesSingleLines;
    private final List<DenialCode> codes;

    DenialCause(double publishedSharePercent, double claimLevelShare, boolean deniesSingleLines, DenialCode... codes) {
        this.publishedShare = publishedSharePercent / 100.0;
        this.claimLevelShare = claimLevelShare;
        this.deniesSingleLines = deniesSingleLines;
        this.codes = List.of(codes);
    }

    /** Share of denials in the published mix (the ten shares add up to 0.993; draws are normalised). */
    public double publishedShare() {
        return publishedShare;
    }

    /** Chance that a payer denies the whole claim at claim level rather than line by line. */
    double claimLevelShare() {
        return claimLevelShare;
    }

    /** Whether the cause plausibly denies one line of an otherwise paid claim. */
    boolean deniesSingleLines() {
        return deniesSingleLines;
    }

    DenialCode codeForWholeClaim(Random random) {
        return pick(random, codes.stream().filter(c -> c.scope() != DenialCode.Scope.SINGLE_LINE_ONLY).toList());
    }

    DenialCode codeForSingleLine(Random random) {
        return pick(random, codes.stream().filter(c -> c.scope() != DenialCode.Scope.WHOLE_CLAIM_ONLY).toList());
    }

    static DenialCause draw(Random random) {
        return drawAmong(random, Arrays.asList(values()));
    }

    static DenialCause drawForSingleLine(Random random) {
        return drawAmong(random, Arrays.stream(values()).filter(DenialCause::deniesSingleLines).toList());
    }

    private static DenialCause drawAmong(Random random, List<DenialCause> causes) {
        double total = causes.stream().mapToDouble(DenialCause::publishedShare).sum();
        double draw = random.nextDouble() * total;
        for (DenialCause cause : causes) {
            draw -= cause.publishedShare;
            if (draw < 0) {
                return cause;
            }
        }
        return causes.get(causes.size() - 1);
    }

    private static DenialCode pick(Random random, List<DenialCode> candidates) {
        return candidates.get(random.nextInt(candidates.size()));
    }
}
