package org.denialflow.ingest.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes one 835 transaction (ST..SE): one payer's payment to one payee for a batch of claims. */
final class RemittanceTransactionWriter {

    private static final String RECEIVER_ROUTING = "999999992";

    private final SegmentWriter out;

    RemittanceTransactionWriter(SegmentWriter out) {
        this.out = out;
    }

    void write(String controlNumber, SyntheticPayer payer, SyntheticProvider payee, List<AdjudicatedClaim> claims,
               LocalDate paymentDate, String traceNumber) {
        long total = claims.stream().mapToLong(AdjudicatedClaim::paidCents).sum();
        out.startTransaction();
        out.segment("ST", "835", controlNumber);
        writePayment(payer, payee, total, paymentDate);
        out.segment("TRN", "1", traceNumber, payer.originatingCompanyId());
        out.segment("DTM", "405", X12Values.date(paymentDate));
        out.segment("N1", "PR", payer.name());
        out.segment("N3", payer.street());
        out.segment("N4", payer.city(), payer.state(), payer.zip());
        out.segment("REF", "2U", payer.payerId());
        out.segment("PER", "BL", "PROVIDER SERVICES", "TE", "8005550100");
        out.segment("N1", "PE", payee.name(), "XX", payee.npi());
        out.segment("N3", payee.street());
        out.segment("N4", payee.city(), payee.state(), payee.zip());
        out.segment("REF", "TJ", payee.taxId());
        out.segment("LX", "1");
        for (AdjudicatedClaim claim : claims) {
            writeClaim(claim);
        }
        out.segment("SE", Integer.toString(out.transactionSegmentCount() + 1), controlNumber);
    }

    private void writePayment(SyntheticPayer payer, SyntheticProvider payee, long total, LocalDate paymentDate) {
        String date = X12Values.date(paymentDate);
        if (total == 0) {
            out.segment("BPR", "H", "0", "C", "NON", "", "", "", "", "", "", "", "", "", "", "", date);
        } else {
            String payerAccount = "99" + payer.payerId();
            String payeeAccount = "88" + payee.taxId().substring(5);
            out.segment("BPR", "I", X12Values.amount(total), "C", "ACH", "CCP", "01", "999999991", "DA",
                    payerAccount, payer.originatingCompanyId(), "", "01", RECEIVER_ROUTING, "DA", payeeAccount, date);
        }
    }

    private void writeClaim(AdjudicatedClaim adjudicated) {
        BaseClaim claim = adjudicated.claim();
        out.segment("CLP", claim.patientControlNumber(), adjudicated.status(),
                X12Values.amount(adjudicated.chargeCents()), X12Values.amount(adjudicated.paidCents()),
                adjudicated.patientResponsibilityCents() == 0 ? "" : X12Values.amount(adjudicated.patientResponsibilityCents()),
                claim.filingIndicator(), adjudicated.payerClaimNumber(), claim.facilityCode(),
                adjudicated.frequencyCode(), "",
                claim.institutional() ? claim.drg().code() : "",
                claim.institutional() ? claim.drg().weight() : "");
        writeAdjustments(adjudicated.adjustments());
        FakePeople.Person patient = claim.patient();
        out.segment("NM1", "QC", "1", patient.lastName(), patient.firstName(), patient.middleInitial(), "", "",
                patient.memberId() == null ? "" : "MI", patient.memberId());
        if (claim.subscriber() != null) {
            FakePeople.Person subscriber = claim.subscriber();
            out.segment("NM1", "IL", "1", subscriber.lastName(), subscriber.firstName(), subscriber.middleInitial(),
                    "", "", "MI", subscriber.memberId());
        }
        writeRemarks(adjudicated);
        out.segment("DTM", "232", X12Values.date(adjudicated.serviceFrom()));
        out.segment("DTM", "233", X12Values.date(adjudicated.serviceTo()));
        out.segment("DTM", "050", X12Values.date(claim.received()));
        for (AdjudicatedLine line : adjudicated.lines()) {
            writeLine(claim, line);
        }
    }

    private void writeRemarks(AdjudicatedClaim adjudicated) {
        List<String> remarks = adjudicated.remarks();
        if (remarks.isEmpty()) {
            return;
        }
        if (adjudicated.claim().institutional()) {
            // MIA01 (covered days) is required; MIA05 and MIA20-24 carry the remarks.
            long days = adjudicated.serviceTo().toEpochDay() - adjudicated.serviceFrom().toEpochDay();
            List<String> elements = new ArrayList<>(List.of(Long.toString(days), "", "", "", remarks.get(0)));
            if (remarks.size() > 1) {
                while (elements.size() < 19) {
                    elements.add("");
                }
                elements.addAll(remarks.subList(1, Math.min(remarks.size(), 6)));
            }
            out.segment("MIA", elements.toArray(String[]::new));
        } else {
            List<String> elements = new ArrayList<>(List.of("", ""));
            elements.addAll(remarks.subList(0, Math.min(remarks.size(), 5)));
            out.segment("MOA", elements.toArray(String[]::new));
        }
    }

    private void writeLine(BaseClaim claim, AdjudicatedLine adjudicated) {
        ClaimLine line = adjudicated.line();
        String[] procedure = new String[2 + line.modifiers().size()];
        procedure[0] = "HC";
        procedure[1] = line.procedure().code();
        for (int i = 0; i < line.modifiers().size(); i++) {
            procedure[2 + i] = line.modifiers().get(i);
        }
        int units = adjudicated.chargeCents() < 0 ? -line.units() : line.units();
        out.segment("SVC", SegmentWriter.composite(procedure), X12Values.amount(adjudicated.chargeCents()),
                X12Values.amount(adjudicated.paidCents()), "", Integer.toString(units));
        out.segment("DTM", "472", X12Values.date(line.serviceDate()));
        writeAdjustments(adjudicated.adjustments());
        out.segment("REF", "6R", claim.patientControlNumber() + "-" + line.number());
        if (adjudicated.allowedCents() != 0) {
            out.segment("AMT", "B6", X12Values.amount(adjudicated.allowedCents()));
        }
        for (String remark : adjudicated.remarks()) {
            out.segment("LQ", "HE", remark);
        }
    }

    /** One CAS per group code, up to six reason/amount/quantity triplets each, in order of appearance. */
    private void writeAdjustments(List<CasAmount> adjustments) {
        List<String> groups = new ArrayList<>(3);
        for (CasAmount cas : adjustments) {
            if (!groups.contains(cas.group())) {
                groups.add(cas.group());
            }
        }
        for (String group : groups) {
            List<String> elements = new ArrayList<>(10);
            elements.add(group);
            for (CasAmount cas : adjustments) {
                if (!cas.group().equals(group)) {
                    continue;
                }
                if (elements.size() == 18) {
                    out.segment("CAS", elements.toArray(String[]::new));
                    elements = new ArrayList<>(List.of(group));
                }
                if (elements.size() > 1) {
                    elements.add("");
                }
                elements.add(cas.reason());
                elements.add(X12Values.amount(cas.cents()));
            }
            out.segment("CAS", elements.toArray(String[]::new));
        }
    }
}
