package org.denialflow.appeal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.springframework.stereotype.Service;

/**
 * Builds the corrected (frequency 7) or void (frequency 8) claim for a denial from the ledger and what the biller
 * adds: the paper form summary (CMS-1500 for professional, UB-04 for institutional claims) and the 837P or 837I
 * transaction set. The 837 is left out, with the list of what is missing, rather than sent half-filled.
 */
@Service
public class CorrectedClaims {

    static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private final DenialRepository denials;
    private final AppealLedger ledger;
    private final Clock clock;

    public CorrectedClaims(DenialRepository denials, AppealLedger ledger, Clock clock) {
        this.denials = denials;
        this.ledger = ledger;
        this.clock = clock;
    }

    public CorrectedClaim build(long denialId, CorrectionDetails details) {
        Denial denial = denials.find(denialId).orElseThrow(() -> AppealException.notFound("No denial " + denialId));
        CorrectionDetails d = details == null ? CorrectionDetails.none() : details;
        String frequency = d.frequencyCode() == null || d.frequencyCode().isBlank() ? "7" : d.frequencyCode().trim();
        if (!frequency.equals("7") && !frequency.equals("8")) {
            throw AppealException.invalid("frequencyCode must be 7 (replacement) or 8 (void)");
        }
        AppealLedger.ClaimRecord claim = ledger.claim(denial.claimId());
        boolean institutional = "INSTITUTIONAL".equals(claim.claimType());
        List<CorrectionDetails.Line> lines = d.lines() == null ? List.of() : d.lines();
        List<String> diagnoses = d.diagnosisCodes() == null ? List.of()
                : d.diagnosisCodes().stream().filter(c -> c != null && !c.isBlank())
                .map(c -> c.trim().replace(".", "").toUpperCase(Locale.ROOT)).toList();
        BigDecimal total = lines.isEmpty() || lines.stream().anyMatch(l -> l.charge() == null) ? claim.billed()
                : lines.stream().map(CorrectionDetails.Line::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
        String procedures = procedures(claim.id(), lines);

        List<String> missing = new ArrayList<>();
        need(missing, claim.payerClaimNumber(), "the payer's original claim number (CLP07) for REF*F8");
        need(missing, claim.payeeName(), "the billing provider's name");
        need(missing, npi(claim.payeeId()), "the billing provider's NPI (the remittance's payee id is not a valid NPI)");
        need(missing, d.billingProviderTaxId(), "the billing provider's tax id (billingProviderTaxId)");
        need(missing, d.billingProviderStreet(), "the billing provider's street address (billingProviderStreet)");
        need(missing, d.billingProviderCity(), "the billing provider's city (billingProviderCity)");
        need(missing, d.billingProviderState(), "the billing provider's state (billingProviderState)");
        need(missing, d.billingProviderZip(), "the billing provider's ZIP code (billingProviderZip)");
        need(missing, claim.patientName(), "the patient's name");
        need(missing, claim.memberId(), "the patient's member id");
        need(missing, claim.payerName(), "the payer's name");
        need(missing, claim.payerId(), "the payer's id");
        need(missing, claim.facilityType(), institutional ? "the facility type code (first digits of the type of bill)"
                : "the place of service code");
        need(missing, claim.serviceFrom(), "the dates of service");
        if (diagnoses.isEmpty()) {
            missing.add("the diagnosis codes (diagnosisCodes): remittances do not carry them");
        }
        if (lines.isEmpty()) {
            missing.add("the service lines with their charges (lines): the remittance keeps only the adjusted procedure codes");
        }
        for (int i = 0; i < lines.size(); i++) {
            CorrectionDetails.Line l = lines.get(i);
            if (l.charge() == null || blank(l.procedureCode()) && blank(l.revenueCode())) {
                missing.add("line " + (i + 1) + ": a procedure code and a charge");
            }
            if (institutional && blank(l.revenueCode())) {
                missing.add("line " + (i + 1) + ": a revenue code (UB-04 form locator 42)");
            }
        }
        List<CorrectedClaim.Field> fields = institutional
                ? ub04(claim, frequency, total, diagnoses, procedures)
                : cms1500(claim, frequency, total, diagnoses, procedures);
        String x12 = missing.isEmpty() ? X12Claim.write(claim, d, frequency, total, diagnoses, lines, institutional,
                clock.instant().atZone(clock.getZone()).toLocalDateTime().toLocalDate(),
                LocalTime.now(clock)) : null;
        return new CorrectedClaim(denialId, institutional ? "INSTITUTIONAL" : "PROFESSIONAL",
                institutional ? "UB-04" : "CMS-1500", frequency, claim.payerClaimNumber(), fields, missing,
                missing.isEmpty(), x12);
    }

    private String procedures(long claimId, List<CorrectionDetails.Line> lines) {
        Set<String> codes = new LinkedHashSet<>();
        if (!lines.isEmpty()) {
            lines.stream().map(CorrectionDetails.Line::procedureCode).filter(c -> !blank(c)).forEach(codes::add);
        } else {
            ledger.adjustments(claimId).stream().map(AppealLedger.AdjustmentRecord::procedureCode)
                    .filter(c -> !blank(c)).forEach(codes::add);
        }
        return codes.isEmpty() ? null : String.join(", ", codes);
    }

    private static List<CorrectedClaim.Field> cms1500(AppealLedger.ClaimRecord c, String frequency, BigDecimal total,
                                                      List<String> diagnoses, String procedures) {
        List<CorrectedClaim.Field> f = new ArrayList<>();
        f.add(new CorrectedClaim.Field("-", "Payer", c.payerName()));
        f.add(new CorrectedClaim.Field("1a", "Insured's ID number", c.memberId()));
        f.add(new CorrectedClaim.Field("2", "Patient's name", c.patientName()));
        f.add(new CorrectedClaim.Field("21", "Diagnosis codes", diagnoses.isEmpty() ? null : String.join(", ", diagnoses)));
        f.add(new CorrectedClaim.Field("22", "Resubmission code", frequency
                + (frequency.equals("7") ? " (replacement of prior claim)" : " (void/cancel of prior claim)")));
        f.add(new CorrectedClaim.Field("22", "Original ref. no.", c.payerClaimNumber()));
        f.add(new CorrectedClaim.Field("24A", "Dates of service", LetterFacts.serviceDates(c.serviceFrom(), c.serviceTo())));
        f.add(new CorrectedClaim.Field("24B", "Place of service", c.facilityType()));
        f.add(new CorrectedClaim.Field("24D", "Procedures", procedures));
        f.add(new CorrectedClaim.Field("26", "Patient's account no.", c.patientControlNumber()));
        f.add(new CorrectedClaim.Field("28", "Total charge", LetterFacts.money(total)));
        f.add(new CorrectedClaim.Field("33", "Billing provider", c.payeeName()));
        f.add(new CorrectedClaim.Field("33a", "Billing provider NPI", c.payeeId()));
        return f;
    }

    private static List<CorrectedClaim.Field> ub04(AppealLedger.ClaimRecord c, String frequency, BigDecimal total,
                                                   List<String> diagnoses, String procedures) {
        List<CorrectedClaim.Field> f = new ArrayList<>();
        f.add(new CorrectedClaim.Field("1", "Billing provider", c.payeeName()));
        f.add(new CorrectedClaim.Field("3a", "Patient control no.", c.patientControlNumber()));
        f.add(new CorrectedClaim.Field("4", "Type of bill", c.facilityType() == null ? null
                : "0" + c.facilityType() + frequency + " (frequency " + frequency + ")"));
        f.add(new CorrectedClaim.Field("6", "Statement covers period", LetterFacts.serviceDates(c.serviceFrom(), c.serviceTo())));
        f.add(new CorrectedClaim.Field("8", "Patient name", c.patientName()));
        f.add(new CorrectedClaim.Field("44", "HCPCS / rates", procedures));
        f.add(new CorrectedClaim.Field("47", "Total charges", LetterFacts.money(total)));
        f.add(new CorrectedClaim.Field("50", "Payer name", c.payerName()));
        f.add(new CorrectedClaim.Field("56", "NPI", c.payeeId()));
        f.add(new CorrectedClaim.Field("60", "Insured's unique id", c.memberId()));
        f.add(new CorrectedClaim.Field("64", "Document control number (original claim)", c.payerClaimNumber()));
        f.add(new CorrectedClaim.Field("67", "Principal diagnosis", diagnoses.isEmpty() ? null : diagnoses.get(0)));
        f.add(new CorrectedClaim.Field("67A-Q", "Other diagnoses", diagnoses.size() < 2 ? null
                : String.join(", ", diagnoses.subList(1, diagnoses.size()))));
        return f;
    }

    /** A 10-digit NPI with a valid check digit (Luhn over the 80840 prefix), else null. */
    static String npi(String id) {
        if (id == null || !id.matches("\\d{10}")) {
            return null;
        }
        String digits = "80840" + id.substring(0, 9);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        int check = (10 - sum % 10) % 10;
        return check == id.charAt(9) - '0' ? id : null;
    }

    private static void need(List<String> missing, Object value, String what) {
        if (value == null || value instanceof String s && s.isBlank()) {
            missing.add(what);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String d8(LocalDate date) {
        return date.format(D8);
    }
}
