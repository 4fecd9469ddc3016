package org.denialflow.ingest.synthetic;

import java.util.List;
import java.util.Random;

/**
 * Why a clearinghouse or payer front end rejects a claim on a 277CA: one or more STC01 composites
 * (category, status code from code list 508, entity) with an optional STC12 message.
 */
enum RejectionReason {
    BILLING_PROVIDER_NPI(25, "BILLING PROVIDER NPI NOT ON FILE", status("A7", "562", "85")),
    MEMBER_ID_INVALID(22, "", status("A7", "164", "IL")),
    SUBSCRIBER_NOT_FOUND(15, "SUBSCRIBER NOT FOUND", status("A3", "33", "IL")),
    PATIENT_DATE_OF_BIRTH(10, "", status("A6", "21", "QC"), status("A6", "158", "QC")),
    SERVICE_DATE_INVALID(8, "", status("A7", "187", "")),
    PROCEDURE_CODE_INVALID(8, "", status("A8", "454", "")),
    DIAGNOSIS_CODE_INVALID(5, "", status("A7", "255", "")),
    WRONG_PAYER(4, "SUBMIT TO CORRECT PAYER", status("A3", "116", "PR")),
    CLAIM_OUT_OF_BALANCE(3, "", status("A7", "400", ""));

    private final int weight;
    private final String message;
    private final List<Status> statuses;

    RejectionReason(int weight, String message, Status... statuses) {
        this.weight = weight;
        this.message = message;
        this.statuses = List.of(statuses);
    }

    String message() {
        return message;
    }

    List<Status> statuses() {
        return statuses;
    }

    static RejectionReason draw(Random random) {
        int total = 0;
        for (RejectionReason reason : values()) {
            total += reason.weight;
        }
        int draw = random.nextInt(total);
        for (RejectionReason reason : values()) {
            draw -= reason.weight;
            if (draw < 0) {
                return reason;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static Status status(String category, String code, String entity) {
        return new Status(category, code, entity);
    }

    record Status(String category, String code, String entity) {
        String composite() {
            return SegmentWriter.composite(category, code, entity);
        }
    }
}
