package org.denialflow.ingest.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes one 277CA transaction (ST..SE): the payer (HL 20) acknowledges the submitter's batch
 * (HL 21), per billing provider (HL 19), claim by claim (HL PT).
 */
final class AcknowledgmentTransactionWriter {

    static final String SUBMITTER_NAME = "SYNTHETIC BILLING SERVICE";
    static final String SUBMITTER_ID = "SYNBILLSVC";

    /** One claim's verdict; {@code rejection} is null for an accepted claim. */
    record Verdict(BaseClaim claim, RejectionReason rejection) {
        boolean accepted() {
            return rejection == null;
        }
    }

    private final SegmentWriter out;

    AcknowledgmentTransactionWriter(SegmentWriter out) {
        this.out = out;
    }

    void write(String controlNumber, String batchReference, SyntheticPayer payer,
               Map<SyntheticProvider, List<Verdict>> verdictsByProvider, LocalDate receivedDate, LocalDate processDate) {
        String date = X12Values.date(processDate);
        out.startTransaction();
        out.segment("ST", "277", controlNumber, SyntheticAcknowledgments.IMPLEMENTATION_VERSION);
        out.segment("BHT", "0085", "08", batchReference, date, "0800", "TH");
        int hl = 1;
        out.segment("HL", "1", "", "20", "1");
        out.segment("NM1", "PR", "2", payer.name(), "", "", "", "", "PI", payer.payerId());
        out.segment("TRN", "1", batchReference);
        out.segment("DTP", "050", "D8", X12Values.date(receivedDate));
        out.segment("DTP", "009", "D8", date);

        List<Verdict> all = verdictsByProvider.values().stream().flatMap(List::stream).toList();
        int receiverHl = ++hl;
        out.segment("HL", Integer.toString(receiverHl), "1", "21", "1");
        out.segment("NM1", "41", "2", SUBMITTER_NAME, "", "", "", "", "46", SUBMITTER_ID);
        out.segment("TRN", "2", batchReference);
        out.segment("STC", "A1:19", date, "WQ", X12Values.amount(sumCharges(all, null)));
        writeTotals(all, "90", "AA");

        for (Map.Entry<SyntheticProvider, List<Verdict>> entry : verdictsByProvider.entrySet()) {
            SyntheticProvider provider = entry.getKey();
            int providerHl = ++hl;
            out.segment("HL", Integer.toString(providerHl), Integer.toString(receiverHl), "19", "1");
            out.segment("NM1", "85", "2", provider.name(), "", "", "", "", "XX", provider.npi());
            out.segment("TRN", "1", batchReference + "-" + providerHl);
            writeTotals(entry.getValue(), "QA", "QC");
            for (Verdict verdict : entry.getValue()) {
                out.segment("HL", Integer.toString(++hl), Integer.toString(providerHl), "PT");
                writeClaim(verdict, payer, date);
            }
        }
        out.segment("SE", Integer.toString(out.transactionSegmentCount() + 1), controlNumber);
    }

    private void writeTotals(List<Verdict> verdicts, String acceptedQuantity, String rejectedQuantity) {
        long accepted = verdicts.stream().filter(Verdict::accepted).count();
        long rejected = verdicts.size() - accepted;
        if (accepted > 0) {
            out.segment("QTY", acceptedQuantity, Long.toString(accepted));
        }
        if (rejected > 0) {
            out.segment("QTY", rejectedQuantity, Long.toString(rejected));
        }
        if (accepted > 0) {
            out.segment("AMT", "YU", X12Values.amount(sumCharges(verdicts, true)));
        }
        if (rejected > 0) {
            out.segment("AMT", "YY", X12Values.amount(sumCharges(verdicts, false)));
        }
    }

    private void writeClaim(Verdict verdict, SyntheticPayer payer, String date) {
        BaseClaim claim = verdict.claim();
        FakePeople.Person patient = claim.patient();
        String memberId = claim.memberId();
        out.segment("NM1", "QC", "1", patient.lastName(), patient.firstName(), patient.middleInitial(), "", "",
                "MI", memberId);
        out.segment("TRN", "2", claim.patientControlNumber());
        String charge = X12Values.amount(claim.chargeCents());
        if (verdict.accepted()) {
            out.segment("STC", "A2:20", date, "WQ", charge);
            out.segment("REF", "1K", claim.payerClaimNumber(0));
        } else {
            List<RejectionReason.Status> statuses = verdict.rejection().statuses();
            for (int i = 0; i < statuses.size(); i++) {
                String message = i == 0 ? verdict.rejection().message() : "";
                out.segment("STC", statuses.get(i).composite(), date, "U", charge,
                        "", "", "", "", "", "", "", message);
            }
        }
        out.segment("REF", "D9", "CH" + X12Values.zeroPadded(claim.ordinal() + 1, 10));
        if (claim.institutional()) {
            out.segment("REF", "BLT", "111");
        }
        if (claim.serviceFrom().equals(claim.serviceTo())) {
            out.segment("DTP", "472", "D8", X12Values.date(claim.serviceFrom()));
        } else {
            out.segment("DTP", "472", "RD8", X12Values.dateRange(claim.serviceFrom(), claim.serviceTo()));
        }
    }

    private static long sumCharges(List<Verdict> verdicts, Boolean accepted) {
        return verdicts.stream()
                .filter(v -> accepted == null || v.accepted() == accepted)
                .mapToLong(v -> v.claim().chargeCents())
                .sum();
    }
}
