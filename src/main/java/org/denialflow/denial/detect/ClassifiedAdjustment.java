package org.denialflow.denial.detect;

import java.util.List;

import org.denialflow.ingest.model.Adjustment;
import org.denialflow.ingest.model.RemarkCode;

/**
 * One CAS adjustment with where it came from.
 *
 * @param lineNumber    1-based position of the service line in the claim, 0 at claim level
 * @param procedureCode the line's procedure code (SVC01-2), null at claim level
 * @param remarkCodes   the line's LQ remark codes, empty at claim level
 */
public record ClassifiedAdjustment(AdjustmentLevel level, int lineNumber, String procedureCode, Adjustment adjustment,
                                   List<RemarkCode> remarkCodes) {

    public String groupAndReason() {
        return adjustment.group() + "-" + adjustment.reason();
    }
}
