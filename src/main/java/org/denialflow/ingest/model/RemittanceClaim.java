package org.denialflow.ingest.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One CLP loop. Amounts are as sent (negative on a reversal, CLP02=22).
 * Patient name and member id are protected health information: never log them.
 */
public record RemittanceClaim(
        String patientControlNumber,      // CLP01
        String statusCode,                // CLP02
        BigDecimal charge,                // CLP03
        BigDecimal paid,                  // CLP04
        BigDecimal patientResponsibility, // CLP05
        String filingIndicator,           // CLP06
        String payerClaimControlNumber,   // CLP07
        String facilityTypeCode,          // CLP08
        String frequencyCode,             // CLP09
        String patientName,               // NM1*QC "LAST, FIRST"
        String memberId,                  // NM1*QC09 (or NM1*IL09)
        LocalDate serviceFrom,            // DTM*232, else earliest line date
        LocalDate serviceTo,              // DTM*233, else latest line date
        LocalDate receivedDate,           // DTM*050
        List<Adjustment> adjustments,     // claim-level CAS
        List<RemarkCode> remarkCodes,     // MIA / MOA
        List<ServiceLine> lines,
        long segmentPosition) {
}
