package org.denialflow.platform.identity;

import java.util.Arrays;
import java.util.Locale;

/**
 * The teams that work denials. Each is an engine group whose id is used as the candidate group of
 * the user tasks the routing decision sends to it.
 */
public enum Team {
    BILLING("billing", "Billing", "Beatrice Billing"),
    CODING("coding", "Coding", "Carlos Coder"),
    FRONT_OFFICE("front-office", "Front office", "Fiona Frontdesk"),
    CDI("cdi", "Clinical documentation", "Claire Documenta"),
    APPEALS("appeals", "Appeals", "Arthur Appeals"),
    CREDENTIALING("credentialing", "Credentialing", "Cora Credentials"),
    PATIENT_FINANCIAL("patient-financial", "Patient financial services", "Paul Patientpay"),
    CONTRACTING("contracting", "Managed care contracting", "Connor Contracts"),
    SUPERVISORS("supervisors", "Revenue cycle supervisors", "Sofia Supervisor"),
    PROCESS_OWNERS("process-owners", "Process owners", "Pablo Process");

    private final String groupId;
    private final String displayName;
    private final String demoUserName;

    Team(String groupId, String displayName, String demoUserName) {
        this.groupId = groupId;
        this.displayName = displayName;
        this.demoUserName = demoUserName;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }

    /** The demo user's full name; the user id is its first name in lower case. */
    public String demoUserName() {
        return demoUserName;
    }

    public String demoUserId() {
        return demoUserName.substring(0, demoUserName.indexOf(' ')).toLowerCase(Locale.ROOT);
    }

    /** Teams whose members work denials in Tasklist (everyone but supervisors and process owners). */
    public boolean worksDenials() {
        return this != SUPERVISORS && this != PROCESS_OWNERS;
    }

    /**
     * The group for a routing decision's team value (BILLING, FRONT_OFFICE, ...). TRIAGE and
     * anything unknown go to the supervisors, who route by hand.
     */
    public static Team fromDecision(String decisionTeam) {
        if (decisionTeam == null) {
            return SUPERVISORS;
        }
        return Arrays.stream(values())
                .filter(t -> t.name().equalsIgnoreCase(decisionTeam.trim()) || t.groupId.equalsIgnoreCase(decisionTeam.trim()))
                .findFirst()
                .orElse(SUPERVISORS);
    }
}
