package org.denialflow.ingest.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One SVC loop with its line-level adjustments and LQ remark codes. */
public record ServiceLine(String procedureQualifier, String procedureCode, List<String> modifiers,
                          BigDecimal charge, BigDecimal paid, BigDecimal units, LocalDate serviceDate,
                          String lineControlNumber, List<Adjustment> adjustments, List<RemarkCode> remarkCodes) {
}
