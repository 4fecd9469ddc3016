package org.denialflow.ingest.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One 835 transaction (ST..SE): a payment or notice from one payer to one payee.
 * {@code implementationVersion} is GS08/ST03, e.g. 005010X221A1 or 004010X091A1.
 */
public record Remittance(String implementationVersion, String transactionControlNumber,
                         BigDecimal totalPayment, String paymentMethod, LocalDate paymentDate,
                         String traceNumber, Party payer, Party payee, List<RemittanceClaim> claims,
                         long segmentPosition) {
}
