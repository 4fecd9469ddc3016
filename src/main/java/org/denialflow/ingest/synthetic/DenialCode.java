package org.denialflow.ingest.synthetic;

import java.util.List;

/**
 * A group code, CARC and RARCs a payer sends for one kind of denial.
 *
 * @param scope where the combination makes sense: some only deny a whole claim (patient not
 *              identified), some only one line next to paid ones (bundling)
 */
record DenialCode(String group, String carc, List<String> rarcs, Scope scope) {

    enum Scope { ANY, WHOLE_CLAIM_ONLY, SINGLE_LINE_ONLY }

    static DenialCode of(String group, String carc, String... rarcs) {
        return new DenialCode(group, carc, List.of(rarcs), Scope.ANY);
    }

    static DenialCode wholeClaim(String group, String carc, String... rarcs) {
        return new DenialCode(group, carc, List.of(rarcs), Scope.WHOLE_CLAIM_ONLY);
    }

    static DenialCode singleLine(String group, String carc, String... rarcs) {
        return new DenialCode(group, carc, List.of(rarcs), Scope.SINGLE_LINE_ONLY);
    }

    /** In 5010, CLP02=4 means the payer could not identify the patient (CARC 31). */
    boolean patientNotIdentified() {
        return "31".equals(carc);
    }

    /** MA130 (unprocessable, resubmit) is a claim-level remark: Medicare sends it in MOA. */
    static boolean isClaimLevelRemark(String rarc) {
        return "MA130".equals(rarc);
    }
}
