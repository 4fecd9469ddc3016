package org.denialflow.ingest.x12;

import static org.denialflow.ingest.x12.RemittanceTransactionReader.blankToNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.denialflow.ingest.model.Adjustment;
import org.denialflow.ingest.model.RemarkCode;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.model.ServiceLine;

/** Collects one CLP loop (2100) and its SVC loops (2110). */
final class RemittanceClaimBuilder {

    /** MIA05 and MIA20-23 hold claim payment remark codes. */
    private static final int[] MIA_REMARK_ELEMENTS = {5, 20, 21, 22, 23};
    /** MOA03-07 hold claim payment remark codes. */
    private static final int[] MOA_REMARK_ELEMENTS = {3, 4, 5, 6, 7};
    private static final int CAS_TRIPLETS = 6;

    private final X12Values values;
    private final X12Segment clp;
    private final String claimReference;
    private final BigDecimal charge;
    private final BigDecimal paid;
    private final BigDecimal patientResponsibility;

    private String patientName;
    private String patientId;
    private String subscriberId;
    private LocalDate statementFrom;
    private LocalDate statementTo;
    private LocalDate receivedDate;
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<RemarkCode> remarkCodes = new ArrayList<>();
    private final List<ServiceLineBuilder> lines = new ArrayList<>();
    private ServiceLineBuilder line;

    RemittanceClaimBuilder(X12Segment clp, X12Values values) {
        this.values = values;
        this.clp = clp;
        this.claimReference = clp.element(1).trim();
        this.charge = values.requiredAmount(clp, 3, claimReference);
        this.paid = values.requiredAmount(clp, 4, claimReference);
        this.patientResponsibility = values.optionalAmount(clp, 5);
    }

    void accept(X12Segment segment) {
        switch (segment.id()) {
            case "SVC" -> {
                line = new ServiceLineBuilder(segment, values, claimReference);
                lines.add(line);
            }
            case "CAS" -> (line != null ? line.adjustments : adjustments).addAll(adjustments(segment));
            case "NM1" -> person(segment);
            case "MIA" -> remarks(segment, MIA_REMARK_ELEMENTS, remarkCodes);
            case "MOA" -> remarks(segment, MOA_REMARK_ELEMENTS, remarkCodes);
            case "LQ" -> {
                RemarkCode code = new RemarkCode(segment.element(2).trim(), "LQ", blankToNull(segment.element(1)));
                (line != null ? line.remarkCodes : remarkCodes).add(code);
            }
            case "DTM" -> date(segment);
            case "REF" -> {
                if (line != null && segment.element(1).equals("6R")) {
                    line.lineControlNumber = blankToNull(segment.element(2));
                }
            }
            default -> {
                // AMT, QTY, PER and other segments are not part of the canonical record
            }
        }
    }

    RemittanceClaim build() {
        List<ServiceLine> builtLines = lines.stream().map(ServiceLineBuilder::build).toList();
        LocalDate from = statementFrom != null ? statementFrom
                : lines.stream().map(l -> l.from).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        LocalDate to = statementTo != null ? statementTo
                : lines.stream().map(l -> l.to != null ? l.to : l.from).filter(Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(null);
        return new RemittanceClaim(claimReference, clp.element(2).trim(), charge, paid, patientResponsibility,
                blankToNull(clp.element(6)), blankToNull(clp.element(7)), blankToNull(clp.element(8)),
                blankToNull(clp.element(9)), patientName, patientId != null ? patientId : subscriberId,
                from, to, receivedDate, List.copyOf(adjustments), List.copyOf(remarkCodes), builtLines,
                clp.position());
    }

    private List<Adjustment> adjustments(X12Segment cas) {
        String group = cas.element(1).trim();
        List<Adjustment> result = new ArrayList<>();
        for (int i = 0; i < CAS_TRIPLETS; i++) {
            int reasonElement = 2 + i * 3;
            String reason = cas.element(reasonElement).trim();
            if (!reason.isEmpty()) {
                result.add(new Adjustment(group, reason, values.requiredAmount(cas, reasonElement + 1, claimReference),
                        values.optionalAmount(cas, reasonElement + 2)));
            }
        }
        return result;
    }

    private void person(X12Segment nm1) {
        String id = blankToNull(nm1.element(9));
        switch (nm1.element(1)) {
            case "QC" -> {
                patientName = personName(nm1);
                patientId = id;
            }
            case "IL" -> subscriberId = id;
            default -> {
                // corrected patient (74), rendering provider (82), crossover carrier (TT)...
            }
        }
    }

    static String personName(X12Segment nm1) {
        String last = nm1.element(3).trim();
        String first = nm1.element(4).trim();
        if (last.isEmpty() && first.isEmpty()) {
            return null;
        }
        return first.isEmpty() ? last : last + ", " + first;
    }

    private void date(X12Segment dtm) {
        String qualifier = dtm.element(1);
        if (line != null) {
            switch (qualifier) {
                case "472" -> {
                    line.from = values.date(dtm, 2);
                    line.to = line.from;
                }
                case "150" -> line.from = values.date(dtm, 2);
                case "151" -> line.to = values.date(dtm, 2);
                default -> {
                }
            }
            return;
        }
        switch (qualifier) {
            case "232" -> statementFrom = values.date(dtm, 2);
            case "233" -> statementTo = values.date(dtm, 2);
            case "050" -> receivedDate = values.date(dtm, 2);
            default -> {
            }
        }
    }

    private static void remarks(X12Segment segment, int[] elements, List<RemarkCode> target) {
        for (int element : elements) {
            String code = segment.element(element).trim();
            if (!code.isEmpty()) {
                target.add(new RemarkCode(code, segment.id(), null));
            }
        }
    }

    /** One SVC loop. */
    private static final class ServiceLineBuilder {
        private final X12Segment svc;
        private final BigDecimal charge;
        private final BigDecimal paid;
        private final BigDecimal units;
        private LocalDate from;
        private LocalDate to;
        private String lineControlNumber;
        private final List<Adjustment> adjustments = new ArrayList<>();
        private final List<RemarkCode> remarkCodes = new ArrayList<>();

        ServiceLineBuilder(X12Segment svc, X12Values values, String claimReference) {
            this.svc = svc;
            this.charge = values.requiredAmount(svc, 2, claimReference);
            this.paid = values.requiredAmount(svc, 3, claimReference);
            this.units = values.optionalAmount(svc, 5);
        }

        ServiceLine build() {
            List<String> procedure = svc.components(1);
            List<String> modifiers = procedure.size() <= 2 ? List.of()
                    : procedure.subList(2, Math.min(procedure.size(), 6)).stream()
                            .map(String::trim).filter(m -> !m.isEmpty()).toList();
            return new ServiceLine(blankToNull(svc.component(1, 1)), blankToNull(svc.component(1, 2)), modifiers,
                    charge, paid, units, from, lineControlNumber, List.copyOf(adjustments), List.copyOf(remarkCodes));
        }
    }
}
