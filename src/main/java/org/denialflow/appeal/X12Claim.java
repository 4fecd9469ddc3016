package org.denialflow.appeal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the claim part of an 837P or 837I (loops 2000A billing provider to 2400 service lines) for a corrected
 * or void claim: CLM05-3 carries the frequency code and REF*F8 the payer's original claim number. The submitter and
 * receiver loops and the ISA/GS/ST envelope belong to the practice management or clearinghouse software that
 * sends it, so they are not written here. Separators: * elements, : components, ~ segments.
 */
final class X12Claim {

    private X12Claim() {
    }

    static String write(AppealLedger.ClaimRecord claim, CorrectionDetails d, String frequency, BigDecimal total,
                        List<String> diagnoses, List<CorrectionDetails.Line> lines, boolean institutional,
                        LocalDate today, LocalTime now) {
        List<String> s = new ArrayList<>();
        s.add(seg("HL", "1", "", "20", "1"));
        s.add(seg("NM1", "85", "2", v(claim.payeeName()), "", "", "", "", "XX", v(claim.payeeId())));
        s.add(seg("N3", v(d.billingProviderStreet())));
        s.add(seg("N4", v(d.billingProviderCity()), v(d.billingProviderState()), v(d.billingProviderZip())));
        s.add(seg("REF", "EI", v(d.billingProviderTaxId()).replace("-", "")));
        s.add(seg("HL", "2", "1", "22", "0"));
        s.add(seg("SBR", "P", "18", "", "", "", "", "", "",
                claim.filingIndicator() == null ? "CI" : v(claim.filingIndicator())));
        String[] name = v(claim.patientName()).split(",", 2);
        s.add(seg("NM1", "IL", "1", name[0].trim(), name.length > 1 ? name[1].trim() : "", "", "", "", "MI",
                v(claim.memberId())));
        s.add(seg("NM1", "PR", "2", v(claim.payerName()), "", "", "", "", "PI", v(claim.payerId())));
        String amount = money(total);
        if (institutional) {
            s.add(seg("CLM", v(claim.patientControlNumber()), amount, "", "",
                    v(claim.facilityType()) + ":A:" + frequency, "", "A", "Y", "Y"));
            LocalDate to = claim.serviceTo() != null ? claim.serviceTo() : claim.serviceFrom();
            s.add(seg("DTP", "434", "RD8", CorrectedClaims.d8(claim.serviceFrom()) + "-" + CorrectedClaims.d8(to)));
        } else {
            s.add(seg("CLM", v(claim.patientControlNumber()), amount, "", "",
                    v(claim.facilityType()) + ":B:" + frequency, "Y", "A", "Y", "Y"));
        }
        s.add(seg("REF", "F8", v(claim.payerClaimNumber())));
        if (institutional) {
            s.add(seg("HI", "ABK:" + v(diagnoses.get(0))));
            if (diagnoses.size() > 1) {
                List<String> others = new ArrayList<>();
                for (String dx : diagnoses.subList(1, Math.min(diagnoses.size(), 13))) {
                    others.add("ABF:" + v(dx));
                }
                s.add(seg("HI", others.toArray(String[]::new)));
            }
        } else {
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < Math.min(diagnoses.size(), 12); i++) {
                codes.add((i == 0 ? "ABK:" : "ABF:") + v(diagnoses.get(i)));
            }
            s.add(seg("HI", codes.toArray(String[]::new)));
        }
        int number = 0;
        for (CorrectionDetails.Line line : lines) {
            number++;
            s.add(seg("LX", String.valueOf(number)));
            String procedure = line.procedureCode() == null || line.procedureCode().isBlank() ? ""
                    : "HC:" + v(line.procedureCode()) + modifiers(line.modifiers());
            String units = line.units() == null ? "1" : line.units().stripTrailingZeros().toPlainString();
            if (institutional) {
                s.add(seg("SV2", v(line.revenueCode()), procedure, money(line.charge()), "UN", units));
            } else {
                s.add(seg("SV1", procedure, money(line.charge()), "UN", units, "", "", "1"));
            }
            LocalDate date = line.serviceDate() != null ? line.serviceDate() : claim.serviceFrom();
            s.add(seg("DTP", "472", "D8", CorrectedClaims.d8(date)));
        }
        return String.join("\n", s) + "\n";
    }

    private static String modifiers(List<String> modifiers) {
        if (modifiers == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        modifiers.stream().filter(m -> m != null && !m.isBlank()).limit(4).forEach(m -> out.append(':').append(v(m)));
        return out.toString();
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A value with X12 separators and control characters taken out, upper case as payers expect. */
    private static String v(String value) {
        return value == null ? "" : value.replaceAll("[*~:^\\p{Cntrl}]", " ").trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** A segment without trailing empty elements. */
    private static String seg(String id, String... elements) {
        int last = elements.length;
        while (last > 0 && elements[last - 1].isEmpty()) {
            last--;
        }
        StringBuilder out = new StringBuilder(id);
        for (int i = 0; i < last; i++) {
            out.append('*').append(elements[i]);
        }
        return out.append('~').toString();
    }
}
