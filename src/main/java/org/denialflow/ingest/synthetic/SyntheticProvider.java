package org.denialflow.ingest.synthetic;

import java.util.List;

/** A fictional payee (billing provider) with an NPI that passes the Luhn check like a real one. */
record SyntheticProvider(String name, String npi, String taxId, String street, String city, String state,
                         String zip, boolean hospital) {

    static final SyntheticProvider FAMILY_PRACTICE = new SyntheticProvider(
            "SYNTHETIC FAMILY PRACTICE GROUP", Npi.withCheckDigit("199999001"), "990000101",
            "10 MAKEBELIEVE LANE", "ANYTOWN", "MD", "212440101", false);
    static final SyntheticProvider ORTHOPEDICS = new SyntheticProvider(
            "EXAMPLE ORTHOPEDICS ASSOCIATES", Npi.withCheckDigit("199999002"), "990000102",
            "20 PRETEND ROAD", "SAMPLEVILLE", "TX", "750010102", false);
    static final SyntheticProvider HOSPITAL = new SyntheticProvider(
            "DEMO COMMUNITY HOSPITAL", Npi.withCheckDigit("199999003"), "990000103",
            "30 IMAGINARY DRIVE", "DEMO CITY", "OH", "432150103", true);

    static final List<SyntheticProvider> ALL = List.of(FAMILY_PRACTICE, ORTHOPEDICS, HOSPITAL);

    /** NPI check digit: Luhn over the prefix 80840 and the first nine digits. */
    static final class Npi {
        private Npi() {
        }

        static String withCheckDigit(String nineDigits) {
            String payload = "80840" + nineDigits;
            int sum = 0;
            boolean doubleIt = true;
            for (int i = payload.length() - 1; i >= 0; i--) {
                int digit = payload.charAt(i) - '0';
                if (doubleIt) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
                doubleIt = !doubleIt;
            }
            int check = (10 - sum % 10) % 10;
            return nineDigits + check;
        }
    }
}
