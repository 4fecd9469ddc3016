package org.denialflow.appeal;

/** The corrected claim summary as a packet page: the form's boxes and values. */
final class CorrectedClaimPage {

    private CorrectedClaimPage() {
    }

    static String html(CorrectedClaim claim) {
        StringBuilder html = new StringBuilder("<h1>Corrected claim summary (").append(claim.form()).append(")</h1>")
                .append("<p>This claim ").append(claim.frequencyCode().equals("8") ? "voids" : "replaces")
                .append(" the original claim ").append(LetterFacts.escape(value(claim.originalClaimNumber())))
                .append(" (frequency code ").append(claim.frequencyCode()).append(").</p>")
                .append("<table><thead><tr><th>Box</th><th>Field</th><th>Value</th></tr></thead><tbody>");
        for (CorrectedClaim.Field field : claim.fields()) {
            html.append("<tr><td>").append(LetterFacts.escape(field.box())).append("</td><td>")
                    .append(LetterFacts.escape(field.label())).append("</td><td>")
                    .append(LetterFacts.escape(value(field.value()))).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String value(String value) {
        return value == null || value.isBlank() ? "not on file" : value;
    }
}
