package org.denialflow.triage;

import java.util.Locale;

/** The payer programs whose rules differ in the decision tables. The enum name is the value the tables test. */
public enum PayerProgram {
    MEDICARE, MEDICARE_ADVANTAGE, MEDICAID, COMMERCIAL, OTHER;

    /**
     * Program from the claim filing indicator (835 CLP06, 837 SBR09). MA and MB are Medicare Parts A and B (not
     * Medicare Advantage); 16 (HMO Medicare risk) is Medicare Advantage; MC is Medicaid; PPO, POS, EPO, indemnity,
     * dental HMO, Blue Cross/Blue Shield, commercial insurer and HMO are commercial. Everything else (TRICARE, VA,
     * workers' compensation, auto, liability, other federal, unknown, blank) is OTHER: a supervisor can set the
     * program per payer in the payer registry.
     */
    public static PayerProgram fromFilingIndicator(String indicator) {
        if (indicator == null) {
            return OTHER;
        }
        return switch (indicator.trim().toUpperCase(Locale.ROOT)) {
            case "MA", "MB" -> MEDICARE;
            case "16" -> MEDICARE_ADVANTAGE;
            case "MC" -> MEDICAID;
            case "12", "13", "14", "15", "17", "BL", "CI", "HM" -> COMMERCIAL;
            default -> OTHER;
        };
    }
}
