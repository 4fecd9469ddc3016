package org.denialflow.ingest.csv;

import org.denialflow.ingest.model.ClaimAcknowledgment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects the REJECTION/ACCEPTANCE rows of one claim; each row adds one status, the first row's fields win. */
final class AcknowledgmentBuilder {

    record ClaimFacts(String payerName, String payerId, String providerName, String providerId,
                      String patientControlNumber, String payerClaimNumber, String clearinghouseTrace,
                      String patientName, String memberId, BigDecimal charge, LocalDate serviceFrom,
                      LocalDate serviceTo, LocalDate statusDate) {
    }

    private final ClaimFacts facts;
    private final long firstLine;
    private final List<ClaimAcknowledgment.ClaimStatus> statuses = new ArrayList<>();

    AcknowledgmentBuilder(ClaimFacts facts, long firstLine) {
        this.facts = facts;
        this.firstLine = firstLine;
    }

    void add(ClaimAcknowledgment.ClaimStatus status) {
        statuses.add(status);
    }

    ClaimAcknowledgment build(String implementationVersion) {
        return new ClaimAcknowledgment(implementationVersion, facts.payerName(), facts.payerId(),
                facts.providerName(), facts.providerId(), facts.patientControlNumber(), facts.payerClaimNumber(),
                facts.clearinghouseTrace(), facts.patientName(), facts.memberId(), facts.charge(),
                facts.serviceFrom(), facts.serviceTo() != null ? facts.serviceTo() : facts.serviceFrom(),
                facts.statusDate(), List.copyOf(statuses), firstLine);
    }
}
