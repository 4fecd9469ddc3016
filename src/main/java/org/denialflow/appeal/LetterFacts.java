package org.denialflow.appeal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.denialflow.denial.Denial;
import org.denialflow.triage.CodeEntry;
import org.denialflow.triage.CodeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The values of the placeholders for one denial, read from the ledger, each ready to stand in XHTML (escaped
 * text, or a small table for {@code denial.codes}). A value the ledger does not have is absent from the map.
 */
@Component
public class LetterFacts {

    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final AppealLedger ledger;
    private final CodeReference codes;
    private final Clock clock;

    public LetterFacts(AppealLedger ledger, CodeReference codes, Clock clock) {
        this.ledger = ledger;
        this.codes = codes;
        this.clock = clock;
    }

    AppealLedger.ClaimRecord claim(Denial denial) {
        return ledger.claim(denial.claimId());
    }

    AppealLedger.AppealRecord currentAppeal(long denialId) {
        return ledger.currentAppeal(denialId).orElse(null);
    }

    public Map<String, String> of(Denial denial) {
        Map<String, String> v = new HashMap<>();
        AppealLedger.ClaimRecord claim = ledger.claim(denial.claimId());
        put(v, "letter.date", LocalDate.now(clock).format(LETTER_DATE));
        put(v, "provider.name", claim.payeeName());
        put(v, "provider.npi", claim.payeeId());
        put(v, "payer.name", denial.payerName() != null ? denial.payerName() : claim.payerName());
        put(v, "payer.id", claim.payerId());
        put(v, "patient.name", claim.patientName());
        put(v, "patient.memberId", claim.memberId());
        put(v, "patient.accountNumber", claim.patientControlNumber());
        put(v, "claim.number", claim.payerClaimNumber());
        put(v, "claim.serviceDates", serviceDates(claim.serviceFrom(), claim.serviceTo()));
        put(v, "claim.billed", money(claim.billed()));
        put(v, "claim.paid", money(claim.paid()));
        put(v, "claim.type", claim.claimType() == null ? null : claim.claimType().toLowerCase(Locale.ROOT));
        put(v, "denial.id", String.valueOf(denial.id()));
        put(v, "denial.date", denial.deniedOn().format(US_DATE));
        put(v, "denial.amount", money(denial.amountAtRisk()));
        put(v, "denial.reason", denial.reasonCode());
        put(v, "denial.reasonLabel", denial.primaryCarc() == null ? null
                : codes.carc(denial.primaryCarc()).map(CodeEntry::displayText).orElse(null));
        put(v, "denial.category", words(denial.category()));
        put(v, "denial.subcategory", words(denial.subcategory()));

        List<AppealLedger.AdjustmentRecord> denied = ledger.adjustments(claim.id()).stream()
                .filter(AppealLedger.AdjustmentRecord::denial).toList();
        List<AppealLedger.RemarkRecord> remarks = ledger.remarks(claim.id());
        put(v, "denial.remarks", remarks(remarks));
        if (!denied.isEmpty()) {
            v.put("denial.codes", codeTable(denied));
        }
        Set<String> procedures = new LinkedHashSet<>();
        denied.stream().map(AppealLedger.AdjustmentRecord::procedureCode).filter(p -> p != null && !p.isBlank())
                .forEach(procedures::add);
        put(v, "denial.procedures", procedures.isEmpty() ? null : String.join(", ", procedures));

        AppealLevel level = AppealLevel.of(denial, ledger.currentAppeal(denial.id()).orElse(null));
        put(v, "appeal.level", String.valueOf(level.number()));
        put(v, "appeal.levelName", level.name());
        put(v, "appeal.deadline", level.deadline() == null ? null : level.deadline().format(US_DATE));

        ledger.firstReceipt(claim.payerKey(), claim.patientControlNumber()).ifPresent(s -> {
            put(v, "submission.date", s.statusDate().format(US_DATE));
            put(v, "submission.reference", s.clearinghouseTrace() != null
                    ? "clearinghouse trace " + s.clearinghouseTrace()
                    : "claim acknowledgment status " + s.statusCategory());
        });
        List<String> others = ledger.otherPayers(claim.payerKey(), claim.patientControlNumber());
        put(v, "cob.otherPayers", others.isEmpty() ? null : String.join(", ", others));
        return v;
    }

    private String remarks(List<AppealLedger.RemarkRecord> remarks) {
        Set<String> seen = new LinkedHashSet<>();
        for (AppealLedger.RemarkRecord r : remarks) {
            String label = codes.rarc(r.code()).map(CodeEntry::displayText).orElse(null);
            seen.add(label == null || label.equals(r.code()) ? r.code() : r.code() + " (" + label + ")");
        }
        return seen.isEmpty() ? "none given" : String.join("; ", seen);
    }

    private String codeTable(List<AppealLedger.AdjustmentRecord> denied) {
        StringBuilder t = new StringBuilder("<table class=\"codes\"><thead><tr><th>Line</th><th>Procedure</th>"
                + "<th>Code</th><th>Meaning</th><th class=\"amount\">Amount</th></tr></thead><tbody>");
        for (AppealLedger.AdjustmentRecord a : denied) {
            String label = codes.carc(a.carc()).map(CodeEntry::displayText).orElse("");
            t.append("<tr><td>").append(a.lineNumber() == 0 ? "claim" : String.valueOf(a.lineNumber()))
                    .append("</td><td>").append(escape(a.procedureCode() == null ? "" : a.procedureCode()))
                    .append("</td><td>").append(escape(a.groupCode() + "-" + a.carc()))
                    .append("</td><td>").append(escape(label))
                    .append("</td><td class=\"amount\">").append(escape(money(a.amount()))).append("</td></tr>");
        }
        return t.append("</tbody></table>").toString();
    }

    static String serviceDates(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        if (from == null || to == null || from.equals(to)) {
            return (from != null ? from : to).format(US_DATE);
        }
        return from.format(US_DATE) + " to " + to.format(US_DATE);
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    private static String words(String constant) {
        return constant == null ? null : constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static void put(Map<String, String> values, String name, String text) {
        if (text != null && !text.isBlank()) {
            values.put(name, escape(text.trim()));
        }
    }

    /** HTML-escaped, and braces too, so no value can ever look like a placeholder. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8").replace("{", "&#123;").replace("}", "&#125;");
    }

    static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }
}
