package org.denialflow.denial;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.denialflow.denial.detect.ClaimOutcome;
import org.denialflow.denial.detect.DenialAssessment;
import org.denialflow.denial.detect.DenialDetector;
import org.denialflow.denial.detect.PrimaryDenialReason;
import org.denialflow.ingest.ImportCounts;
import org.denialflow.ingest.LedgerPosting;
import org.denialflow.ingest.model.Adjustment;
import org.denialflow.ingest.model.ClaimAcknowledgment;
import org.denialflow.ingest.model.ClaimAcknowledgment.ClaimStatus;
import org.denialflow.ingest.model.Interchange;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.RemarkCode;
import org.denialflow.ingest.model.Remittance;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.model.ServiceLine;
import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.springframework.stereotype.Service;

/**
 * Posts a read file to the ledger, in the caller's transaction:
 * <ul>
 *   <li>every 835 claim is kept with its adjustments and remarks;</li>
 *   <li>a denied, partially denied or pended claim becomes a denial with its process, unless an open
 *       denial of the same claim exists (then it is noted on that one);</li>
 *   <li>money paid on a claim with an open denial is posted to that denial and its process told;</li>
 *   <li>every 277CA status is kept; a rejection (A3, A6, A7, A8) becomes a rejection with its process;
 *       an acceptance, or a payment, closes an open rejection of the same claim.</li>
 * </ul>
 */
@Service
public class LedgerPostingService implements LedgerPosting {

    static final Set<String> REJECTED = Set.of("A3", "A6", "A7", "A8");
    static final Set<String> ACCEPTED = Set.of("A1", "A2");

    private final PayerRegistry payers;
    private final ClaimLedger claims;
    private final DenialRepository denials;
    private final AcknowledgmentLedger acknowledgments;
    private final AuditTrail audit;
    private final DenialWorkflow workflow;
    private final DenialDetector detector = new DenialDetector();
    private final Clock clock;

    public LedgerPostingService(PayerRegistry payers, ClaimLedger claims, DenialRepository denials,
                                AcknowledgmentLedger acknowledgments, AuditTrail audit, DenialWorkflow workflow,
                                Clock clock) {
        this.payers = payers;
        this.claims = claims;
        this.denials = denials;
        this.acknowledgments = acknowledgments;
        this.audit = audit;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Override
    public ImportCounts post(long importId, ParsedFile file) {
        ImportCounts counts = new ImportCounts();
        for (Interchange interchange : file.interchanges()) {
            LocalDate fileDate = interchange.date() != null ? interchange.date() : LocalDate.now(clock);
            for (Remittance remittance : interchange.remittances()) {
                counts.transactions++;
                postRemittance(importId, remittance, fileDate, counts);
            }
            for (ClaimAcknowledgment ack : interchange.acknowledgments()) {
                postAcknowledgment(importId, ack, fileDate, counts);
            }
            if (!interchange.acknowledgments().isEmpty()) {
                counts.transactions++;
            }
        }
        return counts;
    }

    private void postRemittance(long importId, Remittance remittance, LocalDate fileDate, ImportCounts counts) {
        String payerName = remittance.payer() == null ? null : remittance.payer().name();
        String payerKey = payers.ensure(remittance.payer() == null ? null : remittance.payer().id(), payerName);
        LocalDate remittanceDate = remittance.paymentDate() != null ? remittance.paymentDate() : fileDate;
        for (RemittanceClaim claim : remittance.claims()) {
            counts.claims++;
            String key = ClaimLedger.claimKey(payerKey, remittance, claim);
            if (claims.contains(key)) {
                counts.duplicateClaims++;
                continue;
            }
            DenialAssessment assessment = detector.assess(claim);
            long claimId = claims.insert(importId, key, payerKey, remittance, claim, assessment, balances(claim));
            if (assessment.outcome() != ClaimOutcome.REVERSAL) {
                counts.billedTotal = counts.billedTotal.add(ClaimLedger.money(claim.charge()));
                counts.paidTotal = counts.paidTotal.add(ClaimLedger.money(claim.paid()));
            }
            Optional<Denial> open = denials.findOpenFor(payerKey, claim.payerClaimControlNumber(),
                    claim.patientControlNumber());
            switch (assessment.outcome()) {
                case REVERSAL -> {
                    counts.reversed++;
                    open.ifPresent(d -> audit.record(Subject.DENIAL, d.id(), Action.of("CLAIM_REVERSED", AuditTrail.SYSTEM)
                            .withDetails("The payer reversed its adjudication on import " + importId)));
                }
                case DENIED, PARTIALLY_DENIED, PENDED -> {
                    countDenial(assessment.outcome(), counts);
                    if (open.isPresent()) {
                        counts.duplicateClaims++;
                        notePostedAgain(open.get(), claimId, claim, importId, counts);
                    } else {
                        counts.atRiskTotal = counts.atRiskTotal.add(assessment.amountAtRisk());
                        createDenial(importId, claimId, payerKey, payerName, claim, assessment, remittanceDate);
                    }
                }
                case PAID, NOT_DENIED_ADJUSTED -> {
                    if (assessment.outcome() == ClaimOutcome.PAID) {
                        counts.paid++;
                    } else {
                        counts.adjustedOnly++;
                    }
                    open.ifPresent(d -> postPayment(d, claimId, claim, counts));
                }
            }
            if (assessment.outcome() != ClaimOutcome.REVERSAL && ClaimLedger.money(claim.paid()).signum() > 0) {
                acknowledgments.findOpenRejection(claim.patientControlNumber())
                        .ifPresent(r -> acceptRejection(r, "Paid on remittance import " + importId));
            }
        }
    }

    private static void countDenial(ClaimOutcome outcome, ImportCounts counts) {
        if (outcome == ClaimOutcome.PARTIALLY_DENIED) {
            counts.partiallyDenied++;
        } else {
            counts.denied++;
        }
    }

    private void createDenial(long importId, long claimId, String payerKey, String payerName, RemittanceClaim claim,
                              DenialAssessment assessment, LocalDate deniedOn) {
        PrimaryDenialReason reason = assessment.primaryReason();
        String rarcs = reason == null ? null
                : reason.remarkCodes().stream().map(RemarkCode::code).distinct().collect(Collectors.joining(","));
        long denialId = denials.insert(new DenialRepository.NewDenial(claimId, importId, assessment.outcome().name(),
                payerKey, payerName, claim.patientControlNumber(), claim.payerClaimControlNumber(),
                assessment.amountAtRisk(), reason == null ? null : reason.group(),
                reason == null ? null : reason.reason(), rarcs, deniedOn, clock.instant()));
        audit.record(Subject.DENIAL, denialId, Action.of("DENIAL_RECEIVED", AuditTrail.SYSTEM)
                .withDetails("Found on import " + importId + ": " + assessment.outcome() + " "
                        + (reason == null ? "" : reason.group() + "-" + reason.reason()) + ", at risk "
                        + assessment.amountAtRisk()));
        String instanceId = workflow.startDenial(denials.get(denialId));
        denials.setProcessInstance(denialId, instanceId);
    }

    private void notePostedAgain(Denial open, long claimId, RemittanceClaim claim, long importId, ImportCounts counts) {
        audit.record(Subject.DENIAL, open.id(), Action.of("CLAIM_DENIED_AGAIN", AuditTrail.SYSTEM)
                .withDetails("The claim was denied again on import " + importId));
        if (ClaimLedger.money(claim.paid()).signum() > 0) {
            postPayment(open, claimId, claim, counts);
        }
    }

    private void postPayment(Denial open, long claimId, RemittanceClaim claim, ImportCounts counts) {
        BigDecimal amount = ClaimLedger.money(claim.paid());
        if (amount.signum() <= 0) {
            return;
        }
        counts.paymentMatches++;
        BigDecimal recovered = denials.addPayment(open.id(), claimId, amount, clock.instant());
        boolean fully = recovered.compareTo(open.amountAtRisk()) >= 0;
        audit.record(Subject.DENIAL, open.id(), Action.of("PAYMENT_POSTED", AuditTrail.SYSTEM)
                .withDetails("Paid " + amount + " on a later remittance; recovered " + recovered + " of "
                        + open.amountAtRisk()));
        workflow.paymentPosted(open.id(), amount, fully);
    }

    private void postAcknowledgment(long importId, ClaimAcknowledgment ack, LocalDate fileDate, ImportCounts counts) {
        if (ack.statuses().isEmpty() || ack.patientControlNumber() == null) {
            return;
        }
        String payerKey = payers.ensure(ack.payerId(), ack.payerName());
        ClaimStatus rejecting = ack.statuses().stream().filter(s -> REJECTED.contains(s.category())).findFirst()
                .orElse(null);
        boolean accepted = rejecting == null && ack.statuses().stream().anyMatch(s -> ACCEPTED.contains(s.category()));
        ClaimStatus decisive = rejecting != null ? rejecting : ack.statuses().get(0);
        String key = AcknowledgmentLedger.ackKey(payerKey, ack, decisive);
        if (acknowledgments.contains(key)) {
            counts.duplicateClaims++;
            return;
        }
        long ackId = acknowledgments.insertAcknowledgment(importId, key, payerKey, ack, decisive, accepted,
                rejecting != null);
        Optional<Rejection> open = acknowledgments.findOpenRejection(ack.patientControlNumber());
        if (rejecting != null) {
            counts.rejected++;
            if (open.isPresent()) {
                audit.record(Subject.REJECTION, open.get().id(), Action.of("CLAIM_REJECTED_AGAIN", AuditTrail.SYSTEM)
                        .withDetails("Rejected again on import " + importId + " as " + decisive.category() + ":"
                                + decisive.code()));
            } else {
                LocalDate rejectedOn = ack.statusDate() != null ? ack.statusDate() : fileDate;
                long rejectionId = acknowledgments.insertRejection(ackId, importId, payerKey, ack, rejecting,
                        rejectedOn, clock.instant());
                audit.record(Subject.REJECTION, rejectionId, Action.of("REJECTION_RECEIVED", AuditTrail.SYSTEM)
                        .withDetails("Found on import " + importId + ": " + rejecting.category() + ":"
                                + rejecting.code() + (rejecting.entity() == null ? "" : ":" + rejecting.entity())));
                Rejection rejection = acknowledgments.findRejection(rejectionId).orElseThrow();
                acknowledgments.setProcessInstance(rejectionId, workflow.startRejection(rejection));
            }
        } else if (accepted) {
            counts.accepted++;
            open.ifPresent(r -> acceptRejection(r, "Accepted on acknowledgment import " + importId));
        }
    }

    private void acceptRejection(Rejection rejection, String why) {
        audit.record(Subject.REJECTION, rejection.id(), Action.of("CLAIM_ACCEPTED", AuditTrail.SYSTEM).withDetails(why));
        workflow.claimAccepted(rejection.id());
    }

    /** charge − paid = every CAS amount, claim and line; a file that does not balance is still taken. */
    static boolean balances(RemittanceClaim claim) {
        BigDecimal adjusted = sum(claim.adjustments());
        for (ServiceLine line : claim.lines()) {
            adjusted = adjusted.add(sum(line.adjustments()));
        }
        BigDecimal expected = ClaimLedger.money(claim.charge()).subtract(ClaimLedger.money(claim.paid()));
        return expected.compareTo(adjusted) == 0;
    }

    private static BigDecimal sum(List<Adjustment> adjustments) {
        return adjustments.stream().map(a -> ClaimLedger.money(a.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

}
