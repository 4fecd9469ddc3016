package org.denialflow.ingest.csv;

import org.denialflow.ingest.model.Adjustment;
import org.denialflow.ingest.model.Problem;
import org.denialflow.ingest.model.RemarkCode;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.model.ServiceLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the DENIAL rows of one claim (one row per adjustment). Rows without a procedure code
 * are claim-level adjustments; rows with one belong to the service line with that procedure,
 * modifiers and line charge.
 */
final class DenialClaimBuilder {

    /** What every row of a claim repeats; rows that disagree get a warning, the first row wins. */
    record ClaimFacts(String patientControlNumber, String payerClaimNumber, String status, BigDecimal billed,
                      BigDecimal paid, BigDecimal patientResponsibility, String filingIndicator, String patientName,
                      String memberId, LocalDate serviceFrom, LocalDate serviceTo) {
    }

    record LineFacts(String procedureCode, List<String> modifiers, BigDecimal billed, BigDecimal paid,
                     BigDecimal units, LocalDate serviceDate) {
    }

    /** Remark codes sit where an 835 would carry them: MOA for the claim, LQ*HE for a line. */
    static final String CLAIM_REMARK_SOURCE = "MOA";
    static final String LINE_REMARK_SOURCE = "LQ";
    static final String LINE_REMARK_QUALIFIER = "HE";

    private final ClaimFacts facts;
    private final long firstLine;
    private final List<Adjustment> claimAdjustments = new ArrayList<>();
    private final List<RemarkCode> claimRemarks = new ArrayList<>();
    private final Map<LineFacts, LineAccumulator> lines = new LinkedHashMap<>();

    DenialClaimBuilder(ClaimFacts facts, long firstLine) {
        this.facts = facts;
        this.firstLine = firstLine;
    }

    void add(long line, ClaimFacts rowFacts, LineFacts lineFacts, Adjustment adjustment, List<String> rarcs,
             List<Problem> problems) {
        if (!rowFacts.equals(facts)) {
            problems.add(Problem.warning("INCONSISTENT_CLAIM_FIELD", "line " + line
                            + ": claim fields differ from the claim's first row (line " + firstLine
                            + "); the first row's values are kept", line, null, facts.patientControlNumber()));
        }
        if (lineFacts == null) {
            claimAdjustments.add(adjustment);
            rarcs.forEach(code -> addOnce(claimRemarks, new RemarkCode(code, CLAIM_REMARK_SOURCE, null)));
        } else {
            LineAccumulator accumulator = lines.computeIfAbsent(lineFacts, f -> new LineAccumulator());
            accumulator.adjustments.add(adjustment);
            rarcs.forEach(code -> addOnce(accumulator.remarks,
                    new RemarkCode(code, LINE_REMARK_SOURCE, LINE_REMARK_QUALIFIER)));
        }
    }

    RemittanceClaim build(List<Problem> problems) {
        List<ServiceLine> serviceLines = new ArrayList<>();
        for (Map.Entry<LineFacts, LineAccumulator> entry : lines.entrySet()) {
            serviceLines.add(serviceLine(entry.getKey(), entry.getValue()));
        }
        BigDecimal adjusted = sum(claimAdjustments);
        for (ServiceLine line : serviceLines) {
            adjusted = adjusted.add(sum(line.adjustments()));
        }
        if (facts.billed().subtract(facts.paid()).compareTo(adjusted) != 0) {
            // Common in reports that list only the denied adjustments; the ledger still wants to know.
            problems.add(Problem.warning("UNBALANCED_CLAIM", "line " + firstLine
                            + ": billed - paid differs from the sum of the claim's adjustments", firstLine, null,
                    facts.patientControlNumber()));
        }
        return new RemittanceClaim(facts.patientControlNumber(), facts.status(), facts.billed(), facts.paid(),
                Objects.requireNonNullElse(facts.patientResponsibility(), BigDecimal.ZERO), facts.filingIndicator(),
                facts.payerClaimNumber(), null, null, facts.patientName(), facts.memberId(), serviceFrom(serviceLines),
                serviceTo(serviceLines), null, List.copyOf(claimAdjustments), List.copyOf(claimRemarks),
                List.copyOf(serviceLines), firstLine);
    }

    private static ServiceLine serviceLine(LineFacts facts, LineAccumulator accumulator) {
        BigDecimal paid = Objects.requireNonNullElse(facts.paid(), BigDecimal.ZERO);
        // Without a line charge column the line is taken to balance: charge = paid + adjustments.
        BigDecimal charge = facts.billed() != null ? facts.billed() : paid.add(sum(accumulator.adjustments));
        return new ServiceLine("HC", facts.procedureCode(), facts.modifiers(), charge, paid,
                Objects.requireNonNullElse(facts.units(), BigDecimal.ONE), facts.serviceDate(), null,
                List.copyOf(accumulator.adjustments), List.copyOf(accumulator.remarks));
    }

    private LocalDate serviceFrom(List<ServiceLine> serviceLines) {
        if (facts.serviceFrom() != null) {
            return facts.serviceFrom();
        }
        return serviceLines.stream().map(ServiceLine::serviceDate).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
    }

    private LocalDate serviceTo(List<ServiceLine> serviceLines) {
        if (facts.serviceTo() != null) {
            return facts.serviceTo();
        }
        return serviceLines.stream().map(ServiceLine::serviceDate).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(facts.serviceFrom());
    }

    private static BigDecimal sum(List<Adjustment> adjustments) {
        return adjustments.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void addOnce(List<RemarkCode> remarks, RemarkCode remark) {
        if (!remarks.contains(remark)) {
            remarks.add(remark);
        }
    }

    private static final class LineAccumulator {
        final List<Adjustment> adjustments = new ArrayList<>();
        final List<RemarkCode> remarks = new ArrayList<>();
    }
}
