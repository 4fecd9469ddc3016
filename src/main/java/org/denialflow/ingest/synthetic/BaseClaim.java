package org.denialflow.ingest.synthetic;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim as the provider billed it. Both the 835 and the 277CA generators start from the same
 * base claims, so a seed gives the same patient control numbers in both.
 *
 * @param subscriber null when the patient is the subscriber
 * @param drg        set on the hospital's inpatient claims, which carry no service lines
 */
record BaseClaim(long ordinal, String patientControlNumber, SyntheticPayer payer, SyntheticProvider provider,
                 FakePeople.Person patient, FakePeople.Person subscriber, boolean alternateProduct,
                 String facilityCode, Procedure.Drg drg, List<ClaimLine> lines, long chargeCents,
                 LocalDate serviceFrom, LocalDate serviceTo, LocalDate received) {

    boolean institutional() {
        return drg != null;
    }

    String memberId() {
        return subscriber == null ? patient.memberId() : subscriber.memberId();
    }

    String filingIndicator() {
        return payer.filingIndicator(institutional(), alternateProduct);
    }

    /** Payer claim control number (CLP07, REF*1K): prefix, Julian receipt date, ordinal, version. */
    String payerClaimNumber(int version) {
        String julian = X12Values.shortDate(received).substring(0, 2)
                + X12Values.zeroPadded(received.getDayOfYear(), 3);
        return payer.claimNumberPrefix() + julian + X12Values.zeroPadded(ordinal, 8) + version;
    }

    /** The same claim with its services moved into the past, as a late-filed claim looks. */
    BaseClaim servicesShiftedBack(long days) {
        return new BaseClaim(ordinal, patientControlNumber, payer, provider, patient, subscriber, alternateProduct,
                facilityCode, drg, lines.stream().map(l -> l.shiftedBack(days)).toList(), chargeCents,
                serviceFrom.minusDays(days), serviceTo.minusDays(days), received);
    }
}
