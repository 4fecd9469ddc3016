package org.denialflow.appeal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a biller knows that no remittance carries, for a complete corrected claim: the billing provider's tax id
 * and address, the diagnosis codes and the service lines with their charges. Every field is optional; what is
 * still missing is listed with the result. {@code frequencyCode} 7 replaces the claim (the default), 8 voids it.
 */
public record CorrectionDetails(String frequencyCode, String billingProviderTaxId, String billingProviderStreet,
                                String billingProviderCity, String billingProviderState, String billingProviderZip,
                                List<String> diagnosisCodes, List<Line> lines) {

    /** One service line: HCPCS/CPT procedure (and revenue code for UB-04), modifiers, charge, units, date. */
    public record Line(String procedureCode, List<String> modifiers, String revenueCode, BigDecimal charge,
                       BigDecimal units, LocalDate serviceDate) {
    }

    static CorrectionDetails none() {
        return new CorrectionDetails(null, null, null, null, null, null, List.of(), List.of());
    }
}
