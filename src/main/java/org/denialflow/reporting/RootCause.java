package org.denialflow.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a preventable denial starts, read from the subcategory the categorization decision gave it
 * (PRIMER section 5: registration, eligibility, authorization, coding, documentation). Everything
 * else (contracts, timely filing, enrollment, duplicates, unknown codes) counts as not preventable
 * at the front end.
 */
public enum RootCause {
    REGISTRATION_ELIGIBILITY("Registration and eligibility", "COVERAGE", "COORDINATION_OF_BENEFITS", "PATIENT_DATA"),
    AUTHORIZATION("Authorization", "AUTHORIZATION"),
    CODING("Coding", "CODING", "BUNDLING"),
    DOCUMENTATION("Documentation", "DOCUMENTATION", "MEDICAL_NECESSITY", "MISSING_INFORMATION"),
    OTHER("Not preventable at the front end");

    private final String label;
    private final List<String> subcategories;

    RootCause(String label, String... subcategories) {
        this.label = label;
        this.subcategories = List.of(subcategories);
    }

    public String label() {
        return label;
    }

    public List<String> subcategories() {
        return subcategories;
    }

    public boolean preventable() {
        return this != OTHER;
    }

    public static RootCause parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(value.trim().replace('-', '_')))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown root cause " + value));
    }

    /** A SQL CASE naming the root cause of each row from its subcategory column. */
    static String sqlCase(String subcategoryColumn) {
        StringBuilder sql = new StringBuilder("case");
        for (RootCause cause : values()) {
            if (!cause.subcategories.isEmpty()) {
                sql.append(" when ").append(subcategoryColumn).append(" in (")
                        .append(cause.subcategories.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")))
                        .append(") then '").append(cause.name()).append("'");
            }
        }
        return sql.append(" else '").append(OTHER.name()).append("' end").toString();
    }
}
