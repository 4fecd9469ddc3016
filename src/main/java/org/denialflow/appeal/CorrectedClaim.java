package org.denialflow.appeal;

import java.util.List;

/**
 * The corrected claim as a biller needs it: the CMS-1500 or UB-04 fields to change or resend, and the X12 837
 * transaction set (CLM05-3 frequency 7 or 8, REF*F8 with the payer's original claim number) when everything it
 * needs is known; otherwise {@code x12} is null and {@code missing} says what to supply.
 */
public record CorrectedClaim(long denialId, String claimType, String form, String frequencyCode,
                             String originalClaimNumber, List<Field> fields, List<String> missing, boolean complete,
                             String x12) {

    /** One box of the paper form: its number, its name and the value to put there (null when unknown). */
    public record Field(String box, String label, String value) {
    }
}
