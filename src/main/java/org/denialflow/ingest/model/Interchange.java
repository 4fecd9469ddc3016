package org.denialflow.ingest.model;

import java.time.LocalDate;
import java.util.List;

/** One ISA..IEA envelope (a CSV report is read as a single interchange with the report's sender). */
public record Interchange(String senderId, String receiverId, String controlNumber, LocalDate date,
                          List<Remittance> remittances, List<ClaimAcknowledgment> acknowledgments) {
}
