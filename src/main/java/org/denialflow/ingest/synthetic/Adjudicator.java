package org.denialflow.ingest.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Decides what a payer does with a base claim: pays it (with contractual and patient-responsibility
 * adjustments), denies it, denies one line, or reverses an earlier adjudication and re-adjudicates.
 * Every result balances: charge − paid = sum of claim and line adjustments.
 */
final class Adjudicator {

    private static final long MEDICARE_PART_A_DEDUCTIBLE_CENTS = 167600;
    private static final double MEDICAID_CROSSOVER_SHARE = 0.10;

    private final double denialRate;
    private final double partialDenialRate;
    private final double reversalRate;

    Adjudicator(double denialRate, double partialDenialRate, double reversalRate) {
        this.denialRate = denialRate;
        this.partialDenialRate = partialDenialRate;
        this.reversalRate = reversalRate;
    }

    /** One claim record, or two (the reversal of an earlier adjudication, then the new one). */
    List<AdjudicatedClaim> adjudicate(BaseClaim claim, Random random) {
        double draw = random.nextDouble();
        if (draw < denialRate) {
            return List.of(deny(claim, DenialCause.draw(random), random, 0));
        }
        if (draw < denialRate + partialDenialRate && claim.lines().size() > 1) {
            return List.of(denyOneLine(claim, random));
        }
        if (random.nextDouble() < reversalRate) {
            AdjudicatedClaim earlier = random.nextBoolean()
                    ? pay(claim, random, 1, "1")
                    : deny(claim, DenialCause.draw(random), random, 1);
            return List.of(earlier.reversal(), pay(claim, random, 0, "7"));
        }
        return List.of(pay(claim, random, 0, "1"));
    }

    private AdjudicatedClaim pay(BaseClaim claim, Random random, int version, String frequency) {
        PaymentTerms terms = PaymentTerms.draw(claim, random, true);
        if (claim.institutional()) {
            return payInstitutional(claim, terms, random, version, frequency);
        }
        List<AdjudicatedLine> lines = new ArrayList<>();
        for (ClaimLine line : claim.lines()) {
            lines.add(terms.payLine(line));
        }
        return assemble(claim, terms.crossover() ? "2" : "1", version, frequency, lines, List.of(), List.of(),
                AdjudicatedClaim.Outcome.PAID, null);
    }

    private AdjudicatedClaim payInstitutional(BaseClaim claim, PaymentTerms terms, Random random, int version,
                                              String frequency) {
        long charge = claim.chargeCents();
        long allowed = terms.allowed(charge);
        List<CasAmount> adjustments = new ArrayList<>();
        adjustments.add(new CasAmount("CO", "45", charge - allowed));
        long paid = allowed;
        Program program = claim.payer().program();
        if (program == Program.MEDICARE && random.nextDouble() < 0.3) {
            long deductible = Math.min(MEDICARE_PART_A_DEDUCTIBLE_CENTS, paid);
            adjustments.add(new CasAmount("PR", "1", deductible));
            paid -= deductible;
        } else if (program == Program.COMMERCIAL && random.nextBoolean()) {
            long coinsurance = paid / 10;
            adjustments.add(new CasAmount("PR", "2", coinsurance));
            paid -= coinsurance;
        }
        if (program.sequestration) {
            long sequestration = Math.round(paid * 0.02);
            adjustments.add(new CasAmount("CO", "253", sequestration));
            paid -= sequestration;
        }
        return assemble(claim, "1", version, frequency, List.of(), adjustments, List.of(),
                AdjudicatedClaim.Outcome.PAID, null);
    }

    private AdjudicatedClaim deny(BaseClaim claim, DenialCause cause, Random random, int version) {
        DenialCode code = cause.codeForWholeClaim(random);
        BaseClaim billed = cause == DenialCause.TIMELY_FILING
                ? claim.servicesShiftedBack(380 + random.nextInt(60))
                : claim;
        boolean claimLevel = billed.institutional() || code.scope() == DenialCode.Scope.WHOLE_CLAIM_ONLY
                || random.nextDouble() < cause.claimLevelShare();
        String status = code.patientNotIdentified() ? "4" : "1";
        if (claimLevel) {
            List<CasAmount> adjustments = List.of(new CasAmount(code.group(), code.carc(), billed.chargeCents()));
            return assemble(billed, status, version, "1", List.of(), adjustments, code.rarcs(),
                    AdjudicatedClaim.Outcome.DENIED, cause);
        }
        List<AdjudicatedLine> lines = billed.lines().stream().map(line -> deniedLine(line, code)).toList();
        return assemble(billed, status, version, "1", lines, List.of(), claimLevelRemarks(code),
                AdjudicatedClaim.Outcome.DENIED, cause);
    }

    private AdjudicatedClaim denyOneLine(BaseClaim claim, Random random) {
        DenialCause cause = DenialCause.drawForSingleLine(random);
        DenialCode code = cause.codeForSingleLine(random);
        // No deductible here: it could swallow the paid lines and the claim would read as fully denied.
        PaymentTerms terms = PaymentTerms.draw(claim, random, false);
        int deniedIndex = 1 + random.nextInt(claim.lines().size() - 1);
        List<AdjudicatedLine> lines = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            ClaimLine line = claim.lines().get(i);
            lines.add(i == deniedIndex ? deniedLine(line, code) : terms.payLine(line));
        }
        return assemble(claim, terms.crossover() ? "2" : "1", 0, "1", lines, List.of(), claimLevelRemarks(code),
                AdjudicatedClaim.Outcome.PARTIALLY_DENIED, cause);
    }

    private static AdjudicatedLine deniedLine(ClaimLine line, DenialCode code) {
        List<String> lineRemarks = code.rarcs().stream().filter(r -> !DenialCode.isClaimLevelRemark(r)).toList();
        return new AdjudicatedLine(line, line.chargeCents(), 0, 0,
                List.of(new CasAmount(code.group(), code.carc(), line.chargeCents())), lineRemarks);
    }

    private static List<String> claimLevelRemarks(DenialCode code) {
        return code.rarcs().stream().filter(DenialCode::isClaimLevelRemark).toList();
    }

    private static AdjudicatedClaim assemble(BaseClaim claim, String status, int version, String frequency,
                                             List<AdjudicatedLine> lines, List<CasAmount> claimAdjustments,
                                             List<String> remarks, AdjudicatedClaim.Outcome outcome,
                                             DenialCause cause) {
        long paid = lines.stream().mapToLong(AdjudicatedLine::paidCents).sum();
        long adjusted = 0;
        long patientResponsibility = 0;
        for (CasAmount cas : claimAdjustments) {
            adjusted += cas.cents();
            patientResponsibility += "PR".equals(cas.group()) ? cas.cents() : 0;
        }
        for (AdjudicatedLine line : lines) {
            for (CasAmount cas : line.adjustments()) {
                patientResponsibility += "PR".equals(cas.group()) ? cas.cents() : 0;
            }
        }
        if (lines.isEmpty()) {
            paid = claim.chargeCents() - adjusted;
        }
        return new AdjudicatedClaim(claim, status, claim.payerClaimNumber(version), frequency, claim.chargeCents(),
                paid, patientResponsibility, claimAdjustments, remarks, lines, outcome, cause);
    }

    /** How much of the charge one claim is allowed and who pays the rest, fixed per claim. */
    private static final class PaymentTerms {
        private final Program program;
        private final double allowedShare;
        private final boolean crossover;
        private long deductibleLeftCents;

        private PaymentTerms(Program program, double allowedShare, boolean crossover, long deductibleCents) {
            this.program = program;
            this.allowedShare = allowedShare;
            this.crossover = crossover;
            this.deductibleLeftCents = deductibleCents;
        }

        static PaymentTerms draw(BaseClaim claim, Random random, boolean deductibleApplies) {
            Program program = claim.payer().program();
            double share = program.minAllowedShare
                    + random.nextDouble() * (program.maxAllowedShare - program.minAllowedShare);
            long deductible = deductibleApplies && random.nextDouble() < program.deductibleChance
                    ? 5000 + random.nextInt(20001) : 0;
            boolean crossover = program == Program.MEDICAID && random.nextDouble() < MEDICAID_CROSSOVER_SHARE;
            return new PaymentTerms(program, share, crossover, deductible);
        }

        boolean crossover() {
            return crossover;
        }

        long allowed(long charge) {
            return Math.round(charge * allowedShare);
        }

        AdjudicatedLine payLine(ClaimLine line) {
            long charge = line.chargeCents();
            long allowed = allowed(charge);
            List<CasAmount> adjustments = new ArrayList<>(4);
            if (charge > allowed) {
                adjustments.add(new CasAmount("CO", "45", charge - allowed));
            }
            long paid = allowed;
            if (crossover) {
                // Medicaid pays what Medicare, the primary payer, left: OA-23 carries the primary's payment.
                long primaryPaid = Math.round(allowed * 0.8);
                adjustments.add(new CasAmount("OA", "23", primaryPaid));
                paid -= primaryPaid;
            } else {
                long deductible = Math.min(deductibleLeftCents, paid);
                deductibleLeftCents -= deductible;
                paid -= deductible;
                long copay = 0;
                long coinsurance = 0;
                boolean visit = line.procedure().kind() == Procedure.Kind.VISIT
                        || line.procedure().kind() == Procedure.Kind.EMERGENCY_VISIT;
                if (visit && program.visitCopayCents > 0) {
                    copay = Math.min(program.visitCopayCents, paid);
                } else {
                    coinsurance = paid * program.coinsuranceBasisPoints / 10000;
                }
                paid -= copay + coinsurance;
                addIfPositive(adjustments, "PR", "1", deductible);
                addIfPositive(adjustments, "PR", "2", coinsurance);
                addIfPositive(adjustments, "PR", "3", copay);
            }
            if (program.sequestration) {
                long sequestration = Math.round(paid * 0.02);
                addIfPositive(adjustments, "CO", "253", sequestration);
                paid -= sequestration;
            }
            return new AdjudicatedLine(line, charge, paid, allowed, List.copyOf(adjustments), List.of());
        }

        private static void addIfPositive(List<CasAmount> adjustments, String group, String reason, long cents) {
            if (cents > 0) {
                adjustments.add(new CasAmount(group, reason, cents));
            }
        }
    }
}
