package org.denialflow.ingest.x12;

import static org.denialflow.ingest.x12.RemittanceTransactionReader.blankToNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.denialflow.ingest.model.ClaimAcknowledgment;
import org.denialflow.ingest.model.ClaimAcknowledgment.ClaimStatus;

/**
 * Reads one 277 transaction, a 277CA acknowledgment (005010X214) or a claim status response
 * (005010X212), into one {@link ClaimAcknowledgment} per claim status loop (TRN*2 under an HL of
 * level 22 subscriber, 23 dependent or PT patient).
 * <p>
 * Statuses at the information source (20), receiver (21) and provider (19) levels concern the whole
 * batch or provider; they produce no acknowledgment, but any that is not an acknowledgment or
 * acceptance is reported as a WARNING so a batch-level rejection is never silent.
 */
final class AcknowledgmentTransactionReader implements TransactionReader {

    private static final Set<String> CLAIM_LEVELS = Set.of("22", "23", "PT");
    private static final Set<String> ACCEPTING_CATEGORIES = Set.of("A0", "A1", "A2");
    /** STC01, STC10 and STC11 each hold a status composite (category:code:entity). */
    private static final int[] STATUS_COMPOSITES = {1, 10, 11};

    private final String implementationVersion;
    private final ProblemLog problems;
    private final X12Values values;
    private final List<ClaimAcknowledgment> acknowledgments = new ArrayList<>();

    private String level = "";
    private String sourceName;
    private String sourceId;
    private String receiverName;
    private String receiverId;
    private String providerName;
    private String providerId;
    private String subscriberName;
    private String subscriberId;
    private String patientName;
    private String patientId;
    private Claim claim;

    AcknowledgmentTransactionReader(String implementationVersion, ProblemLog problems, X12Values values) {
        this.implementationVersion = implementationVersion;
        this.problems = problems;
        this.values = values;
    }

    @Override
    public void accept(X12Segment segment) {
        switch (segment.id()) {
            case "HL" -> hierarchicalLevel(segment);
            case "NM1" -> name(segment);
            case "TRN" -> {
                if (CLAIM_LEVELS.contains(level)) {
                    closeClaim();
                    claim = new Claim(segment.position(), blankToNull(segment.element(2)));
                }
            }
            case "STC" -> status(segment);
            case "REF" -> {
                if (claim != null && !claim.inServiceLine) {
                    switch (segment.element(1)) {
                        case "1K" -> claim.payerClaimControlNumber = blankToNull(segment.element(2));
                        case "D9" -> claim.clearinghouseTraceNumber = blankToNull(segment.element(2));
                        default -> {
                        }
                    }
                }
            }
            case "DTP" -> {
                if (claim != null && !claim.inServiceLine && segment.element(1).equals("472")) {
                    X12Values.Period period = values.period(segment, 2);
                    if (period != null) {
                        claim.serviceFrom = period.from();
                        claim.serviceTo = period.to();
                    }
                }
            }
            case "SVC" -> {
                if (claim != null) {
                    claim.inServiceLine = true; // line-level STC, REF and DTP belong to the line, not the claim
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void finish(Results results) {
        closeClaim();
        results.acknowledgments().addAll(acknowledgments);
    }

    private void hierarchicalLevel(X12Segment hl) {
        closeClaim();
        level = hl.element(3).trim();
        switch (level) {
            case "20" -> {
                sourceName = sourceId = receiverName = receiverId = providerName = providerId = null;
                clearPatient();
            }
            case "21" -> {
                receiverName = receiverId = providerName = providerId = null;
                clearPatient();
            }
            case "19" -> {
                providerName = providerId = null;
                clearPatient();
            }
            case "22" -> clearPatient();
            default -> patientName = patientId = null;
        }
    }

    private void clearPatient() {
        subscriberName = subscriberId = patientName = patientId = null;
    }

    private void name(X12Segment nm1) {
        String name = nm1.element(1).equals("QC") || nm1.element(1).equals("IL")
                ? RemittanceClaimBuilder.personName(nm1) : blankToNull(nm1.element(3));
        String id = blankToNull(nm1.element(9));
        switch (level) {
            case "20" -> {
                sourceName = name;
                sourceId = id;
            }
            case "21" -> {
                receiverName = name;
                receiverId = id;
            }
            case "19" -> {
                providerName = name;
                providerId = id;
            }
            case "22" -> {
                subscriberName = name;
                subscriberId = id;
            }
            default -> {
                patientName = name;
                patientId = id;
            }
        }
    }

    private void status(X12Segment stc) {
        if (!CLAIM_LEVELS.contains(level)) {
            reportNonClaimStatus(stc);
            return;
        }
        if (claim == null) {
            claim = new Claim(stc.position(), null);
        }
        if (claim.inServiceLine) {
            return;
        }
        String freeText = blankToNull(stc.element(12));
        for (int element : STATUS_COMPOSITES) {
            if (stc.has(element)) {
                claim.statuses.add(new ClaimStatus(blankToNull(stc.component(element, 1)),
                        blankToNull(stc.component(element, 2)), blankToNull(stc.component(element, 3)), freeText));
            }
        }
        LocalDate date = values.date(stc, 2);
        if (claim.statusDate == null) {
            claim.statusDate = date;
        }
        BigDecimal charge = values.optionalAmount(stc, 4);
        if (claim.charge == null) {
            claim.charge = charge;
        }
    }

    private void reportNonClaimStatus(X12Segment stc) {
        values.date(stc, 2);
        for (int element : STATUS_COMPOSITES) {
            String category = stc.component(element, 1).trim();
            if (stc.has(element) && !ACCEPTING_CATEGORIES.contains(category)) {
                problems.warning(X12ProblemCodes.NON_CLAIM_STATUS, "status " + category + ":"
                        + stc.component(element, 2).trim() + " at HL level " + level
                        + " applies to every claim below it", stc.position(), stc.id(), null);
            }
        }
    }

    private void closeClaim() {
        if (claim == null) {
            return;
        }
        acknowledgments.add(new ClaimAcknowledgment(implementationVersion, sourceName, sourceId,
                providerName != null ? providerName : receiverName, providerName != null ? providerId : receiverId,
                claim.patientControlNumber, claim.payerClaimControlNumber, claim.clearinghouseTraceNumber,
                patientName != null ? patientName : subscriberName, patientId != null ? patientId : subscriberId,
                claim.charge, claim.serviceFrom, claim.serviceTo, claim.statusDate, List.copyOf(claim.statuses),
                claim.position));
        claim = null;
    }

    /** The claim status loop being read. */
    private static final class Claim {
        private final long position;
        private final String patientControlNumber;
        private String payerClaimControlNumber;
        private String clearinghouseTraceNumber;
        private BigDecimal charge;
        private LocalDate serviceFrom;
        private LocalDate serviceTo;
        private LocalDate statusDate;
        private final List<ClaimStatus> statuses = new ArrayList<>();
        private boolean inServiceLine;

        Claim(long position, String patientControlNumber) {
            this.position = position;
            this.patientControlNumber = patientControlNumber;
        }
    }
}
