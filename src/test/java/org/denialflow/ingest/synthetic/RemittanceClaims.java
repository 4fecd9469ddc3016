package org.denialflow.ingest.synthetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Test helper: groups the segments of an 835 transaction into claims and lines. */
final class RemittanceClaims {

    record Line(X12Segments.Segment svc, List<X12Segments.Segment> cas, List<String> remarks) {
        BigDecimal charge() {
            return svc.amount(2);
        }

        BigDecimal paid() {
            return svc.amount(3);
        }
    }

    record Claim(String payerId, X12Segments.Segment clp, List<X12Segments.Segment> cas, List<String> remarks,
                 List<X12Segments.Segment> other, List<Line> lines) {
        String pcn() {
            return clp.get(1);
        }

        String status() {
            return clp.get(2);
        }

        BigDecimal charge() {
            return clp.amount(3);
        }

        BigDecimal paid() {
            return clp.amount(4);
        }

        List<X12Segments.Segment> allCas() {
            List<X12Segments.Segment> all = new ArrayList<>(cas);
            lines.forEach(l -> all.addAll(l.cas()));
            return all;
        }

        Set<String> allRemarks() {
            Set<String> all = new LinkedHashSet<>(remarks);
            lines.forEach(l -> all.addAll(l.remarks()));
            return all;
        }

        boolean has(String segmentId, String qualifier) {
            return other.stream().anyMatch(s -> s.is(segmentId, qualifier));
        }
    }

    /** One CAS reason: group, CARC, amount. */
    record Reason(String group, String carc, BigDecimal amount) {
    }

    static List<Reason> reasons(List<X12Segments.Segment> casSegments) {
        List<Reason> reasons = new ArrayList<>();
        for (X12Segments.Segment cas : casSegments) {
            for (int i = 2; i <= 17 && !cas.get(i).isEmpty(); i += 3) {
                reasons.add(new Reason(cas.get(1), cas.get(i), cas.amount(i + 1)));
            }
        }
        return reasons;
    }

    static BigDecimal sum(List<Reason> reasons) {
        return reasons.stream().map(Reason::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static List<Claim> of(List<X12Segments.Segment> transaction) {
        List<Claim> claims = new ArrayList<>();
        String payerId = transaction.stream().filter(s -> s.is("REF", "2U")).findFirst().orElseThrow().get(2);
        Claim claim = null;
        Line line = null;
        for (X12Segments.Segment segment : transaction) {
            switch (segment.id()) {
                case "CLP" -> {
                    claim = new Claim(payerId, segment, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                            new ArrayList<>());
                    claims.add(claim);
                    line = null;
                }
                case "SVC" -> {
                    line = new Line(segment, new ArrayList<>(), new ArrayList<>());
                    claim.lines().add(line);
                }
                case "CAS" -> (line != null ? line.cas() : claim.cas()).add(segment);
                case "LQ" -> line.remarks().add(segment.get(2));
                case "MOA" -> {
                    for (int i = 3; i <= 7; i++) {
                        if (!segment.get(i).isEmpty()) {
                            claim.remarks().add(segment.get(i));
                        }
                    }
                }
                case "MIA" -> {
                    for (int i : new int[] {5, 20, 21, 22, 23, 24}) {
                        if (!segment.get(i).isEmpty()) {
                            claim.remarks().add(segment.get(i));
                        }
                    }
                }
                case "SE", "PLB" -> claim = null;
                default -> {
                    if (claim != null && line == null) {
                        claim.other().add(segment);
                    }
                }
            }
        }
        return claims;
    }
}
