package org.denialflow.denial.detect;

import java.math.BigDecimal;
import java.util.List;

import org.denialflow.ingest.model.RemarkCode;

/**
 * The group code and CARC that account for most of a claim's denied money, with the remark codes
 * that go with them: the claim-level MIA/MOA codes plus the LQ codes of the lines that carry it.
 *
 * @param amount the sum of this group and CARC over the claim and all its lines
 */
public record PrimaryDenialReason(String group, String reason, BigDecimal amount, List<RemarkCode> remarkCodes) {
}
