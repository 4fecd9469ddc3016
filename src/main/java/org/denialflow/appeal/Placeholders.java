package org.denialflow.appeal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every placeholder a template may use, with what it means. Values come from the ledger; {@code input.*}
 * placeholders come only from the person writing the letter (a clinical summary, an authorization reference).
 * docs/guide/appeal-templates.md lists the same names.
 */
public final class Placeholders {

    public static final String INPUT_PREFIX = "input.";

    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("letter.date", "the date of the letter");
        KNOWN.put("provider.name", "the billing provider (payee) name from the remittance");
        KNOWN.put("provider.npi", "the billing provider's NPI or payee id from the remittance");
        KNOWN.put("payer.name", "the payer's name");
        KNOWN.put("payer.id", "the payer's id");
        KNOWN.put("patient.name", "the patient's name");
        KNOWN.put("patient.memberId", "the patient's member (subscriber) id");
        KNOWN.put("patient.accountNumber", "the provider's patient control number (CLP01)");
        KNOWN.put("claim.number", "the payer's claim control number (CLP07)");
        KNOWN.put("claim.serviceDates", "the dates of service");
        KNOWN.put("claim.billed", "the billed amount of the claim");
        KNOWN.put("claim.paid", "what the payer paid on the claim");
        KNOWN.put("claim.type", "professional or institutional");
        KNOWN.put("denial.id", "DenialFlow's denial number");
        KNOWN.put("denial.date", "the date of the remittance that denied the claim");
        KNOWN.put("denial.amount", "the denied amount (at risk)");
        KNOWN.put("denial.reason", "the denial's group and reason code, e.g. CO-50");
        KNOWN.put("denial.reasonLabel", "what the reason code means (DenialFlow's label)");
        KNOWN.put("denial.remarks", "the remark codes (RARC) with their labels");
        KNOWN.put("denial.codes", "a table of every denied adjustment: line, procedure, code, meaning, amount");
        KNOWN.put("denial.procedures", "the procedure codes of the denied lines");
        KNOWN.put("denial.category", "the denial's category (clinical, technical, administrative)");
        KNOWN.put("denial.subcategory", "the denial's subcategory (medical necessity, coding, ...)");
        KNOWN.put("appeal.level", "the appeal level number");
        KNOWN.put("appeal.levelName", "the appeal level's name (e.g. redetermination)");
        KNOWN.put("appeal.deadline", "the last day to file this appeal");
        KNOWN.put("submission.date", "when the payer acknowledged receiving the original claim (277CA)");
        KNOWN.put("submission.reference", "the acknowledgment's reference (clearinghouse trace or status)");
        KNOWN.put("cob.otherPayers", "other payers that adjudicated this patient account");
    }

    private Placeholders() {
    }

    /** Names and meanings, in the order the guide lists them. */
    public static Map<String, String> known() {
        return java.util.Collections.unmodifiableMap(KNOWN);
    }

    public static boolean isKnown(String name) {
        return KNOWN.containsKey(name) || isInput(name);
    }

    public static boolean isInput(String name) {
        return name.startsWith(INPUT_PREFIX) && name.length() > INPUT_PREFIX.length()
                && name.substring(INPUT_PREFIX.length()).matches("[A-Za-z][A-Za-z0-9]*");
    }

    /** What a missing field is, in words, for the message a user sees. */
    public static String describe(String name) {
        if (isInput(name)) {
            String words = name.substring(INPUT_PREFIX.length()).replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                    .toLowerCase(java.util.Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ", written by you";
        }
        return KNOWN.getOrDefault(name, "not a placeholder DenialFlow knows; correct the template");
    }
}
