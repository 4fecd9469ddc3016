package org.denialflow.appeal;

import java.util.List;

/**
 * What goes into a packet; every field is optional. {@code letterId}: the final appeal letter (default: the newest
 * final one). {@code coverLetterId}: the final cover letter (default: the newest final one, else one is made from
 * the best cover template for the payer). {@code attachmentIds}: the attachments in the order wanted (default: all,
 * in the order they were added). {@code includeCorrectedClaim}: add the corrected claim summary (default: when the
 * denial's route is a correction). {@code correction}: what the biller adds for the corrected claim.
 */
public record PacketRequest(Long letterId, Long coverLetterId, List<Long> attachmentIds, Boolean includeCorrectedClaim,
                            CorrectionDetails correction) {

    static PacketRequest defaults() {
        return new PacketRequest(null, null, null, null, null);
    }
}
