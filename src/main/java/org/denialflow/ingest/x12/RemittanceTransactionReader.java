package org.denialflow.ingest.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.denialflow.ingest.model.Party;
import org.denialflow.ingest.model.Remittance;
import org.denialflow.ingest.model.RemittanceClaim;

/** Reads one 835 transaction (005010X221A1 or 004010X091A1) into a {@link Remittance}. */
final class RemittanceTransactionReader implements TransactionReader {

    private enum Area { HEADER, PAYER, PAYEE, CLAIMS }

    private final String implementationVersion;
    private final X12Segment st;
    private final ProblemLog problems;
    private final X12Values values;

    private Area area = Area.HEADER;
    private BigDecimal totalPayment;
    private String paymentMethod;
    private LocalDate paymentDate;
    private String traceNumber;
    private String payerIdFromTrace;
    private String payerName;
    private String payerIdFromN1;
    private String payerIdFromRef;
    private String payerTaxId;
    private String payeeName;
    private String payeeId;
    private String payeeTaxId;

    private final List<RemittanceClaim> claims = new ArrayList<>();
    private RemittanceClaimBuilder claim;

    RemittanceTransactionReader(String implementationVersion, X12Segment st, ProblemLog problems, X12Values values) {
        this.implementationVersion = implementationVersion;
        this.st = st;
        this.problems = problems;
        this.values = values;
    }

    @Override
    public void accept(X12Segment segment) {
        switch (segment.id()) {
            case "BPR" -> {
                totalPayment = values.requiredAmount(segment, 2, null);
                paymentMethod = blankToNull(segment.element(4));
                paymentDate = values.informationalDate(segment, 16, X12ProblemCodes.INVALID_PAYMENT_DATE);
            }
            case "TRN" -> {
                traceNumber = blankToNull(segment.element(2));
                payerIdFromTrace = blankToNull(segment.element(3));
            }
            case "N1" -> partyName(segment);
            case "REF" -> reference(segment);
            case "LX", "PLB" -> closeClaim();
            case "CLP" -> {
                closeClaim();
                area = Area.CLAIMS;
                claim = new RemittanceClaimBuilder(segment, values);
            }
            default -> {
                if (claim != null) {
                    claim.accept(segment);
                }
            }
        }
    }

    @Override
    public void finish(Results results) {
        closeClaim();
        Party payer = new Party(payerName, firstNonNull(payerIdFromRef, payerIdFromN1, payerIdFromTrace), payerTaxId);
        Party payee = new Party(payeeName, payeeId, payeeTaxId);
        results.remittances().add(new Remittance(implementationVersion, st.element(2).trim(), totalPayment,
                paymentMethod, paymentDate, traceNumber, payer, payee, List.copyOf(claims), st.position()));
    }

    private void partyName(X12Segment segment) {
        if (area == Area.CLAIMS) {
            return;
        }
        switch (segment.element(1)) {
            case "PR" -> {
                area = Area.PAYER;
                payerName = blankToNull(segment.element(2));
                payerIdFromN1 = blankToNull(segment.element(4));
                if (segment.element(3).equals("FI")) {
                    payerTaxId = payerIdFromN1;
                }
            }
            case "PE" -> {
                area = Area.PAYEE;
                payeeName = blankToNull(segment.element(2));
                payeeId = blankToNull(segment.element(4));
                if (segment.element(3).equals("FI")) {
                    payeeTaxId = payeeId;
                }
            }
            default -> area = Area.HEADER;
        }
    }

    private void reference(X12Segment segment) {
        String qualifier = segment.element(1);
        String value = blankToNull(segment.element(2));
        if (area == Area.CLAIMS) {
            if (claim != null) {
                claim.accept(segment);
            }
        } else if (area == Area.PAYER && qualifier.equals("2U")) {
            payerIdFromRef = value;
        } else if (area == Area.PAYEE && qualifier.equals("TJ") && payeeTaxId == null) {
            payeeTaxId = value;
        }
    }

    private void closeClaim() {
        if (claim != null) {
            RemittanceClaim built = claim.build();
            claims.add(built);
            reportImbalance(built);
            claim = null;
        }
    }

    private void reportImbalance(RemittanceClaim built) {
        BigDecimal adjusted = ClaimBalance.adjustmentTotal(built);
        BigDecimal expected = ClaimBalance.chargeMinusPaid(built);
        if (!ClaimBalance.sameToTheCent(adjusted, expected)) {
            problems.warning(X12ProblemCodes.UNBALANCED_CLAIM, "claim " + built.patientControlNumber()
                    + " does not balance: charge - paid = " + expected.toPlainString()
                    + " but adjustments total " + adjusted.toPlainString(),
                    built.segmentPosition(), "CLP", built.patientControlNumber());
        }
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
