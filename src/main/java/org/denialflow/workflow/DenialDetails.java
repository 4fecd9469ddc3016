package org.denialflow.workflow;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.AuditTrail.Entry;
import org.denialflow.denial.AuditTrail.Subject;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.denialflow.denial.DenialWork;
import org.denialflow.denial.Rejection;
import org.denialflow.denial.AcknowledgmentLedger;
import org.denialflow.triage.CodeEntry;
import org.denialflow.triage.CodeReference;
import org.denialflow.triage.LikelihoodOfSuccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Everything a person needs to act on a denial, read from the ledger: the claim, every adjustment and
 * remark with the project's label, the decision and why, the deadline, corrections, appeals and the
 * history. Served over REST and written as the summary at the top of every Tasklist form.
 */
@Service
public class DenialDetails {

    public record Claim(String patientName, String memberId, LocalDate serviceFrom, LocalDate serviceTo,
                        BigDecimal billed, BigDecimal paid, BigDecimal patientResponsibility, String filingIndicator,
                        String claimType, LocalDate paymentDate, String traceNumber) {
    }

    public record AdjustmentLine(String level, int lineNumber, String procedureCode, String groupCode, String carc,
                                 String label, BigDecimal amount, boolean denial) {
    }

    public record Remark(int lineNumber, String code, String label) {
    }

    public record Detail(Denial denial, Claim claim, List<AdjustmentLine> adjustments, List<Remark> remarks,
                         List<DenialWork.Correction> corrections, List<DenialWork.Appeal> appeals,
                         Long daysLeft, Double likelihoodOfSuccess, String stage) {
    }

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    private final JdbcClient jdbc;
    private final DenialRepository denials;
    private final AcknowledgmentLedger acknowledgments;
    private final DenialWork work;
    private final AuditTrail audit;
    private final CodeReference codes;
    private final LikelihoodOfSuccess likelihood;
    private final Clock clock;

    public DenialDetails(JdbcClient jdbc, DenialRepository denials, AcknowledgmentLedger acknowledgments,
                         DenialWork work, AuditTrail audit, CodeReference codes, LikelihoodOfSuccess likelihood,
                         Clock clock) {
        this.jdbc = jdbc;
        this.denials = denials;
        this.acknowledgments = acknowledgments;
        this.work = work;
        this.audit = audit;
        this.codes = codes;
        this.likelihood = likelihood;
        this.clock = clock;
    }

    public Optional<Detail> of(long denialId) {
        return denials.find(denialId).map(this::detail);
    }

    public List<Entry> history(long denialId) {
        return audit.of(Subject.DENIAL, denialId);
    }

    private Detail detail(Denial denial) {
        Claim claim = jdbc.sql("""
                select patient_name, member_id, service_from, service_to, billed, paid, patient_responsibility,
                       filing_indicator, claim_type, payment_date, trace_number
                from remittance_claim where id = ?""")
                .param(denial.claimId())
                .query((rs, n) -> new Claim(rs.getString(1), rs.getString(2), date(rs.getDate(3)), date(rs.getDate(4)),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9),
                        date(rs.getDate(10)), rs.getString(11)))
                .single();
        List<AdjustmentLine> adjustments = jdbc.sql("""
                select level, line_number, procedure_code, group_code, carc, amount, denial
                from claim_adjustment where claim_id = ? order by line_number, id""")
                .param(denial.claimId())
                .query((rs, n) -> new AdjustmentLine(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), codes.carc(rs.getString(5)).map(CodeEntry::displayText).orElse("unknown code"),
                        rs.getBigDecimal(6), rs.getBoolean(7)))
                .list();
        List<Remark> remarks = jdbc.sql("select line_number, code from claim_remark where claim_id = ? order by id")
                .param(denial.claimId())
                .query((rs, n) -> new Remark(rs.getInt(1), rs.getString(2),
                        codes.rarc(rs.getString(2)).map(CodeEntry::displayText).orElse("unknown code")))
                .list();
        Long daysLeft = denial.deadline() == null ? null
                : ChronoUnit.DAYS.between(LocalDate.now(clock), denial.deadline());
        Double rate = denial.category() == null ? null : likelihood.of(denial.payerKey(), denial.category()).rate();
        return new Detail(denial, claim, adjustments, remarks, work.correctionsOfDenial(denial.id()),
                work.appeals(denial.id()), daysLeft, rate, work.stageOf(denial.id()));
    }

    /**
     * The markdown summary at the top of a denial task's form. It is stored as a task variable, and so
     * in the engine's history: it names the claim by its numbers, never the patient by name (the name
     * stays in the ledger, readable through {@code GET /api/denials/{id}} by those who work the denial).
     */
    public String summary(long denialId, String routeRationale) {
        Optional<Detail> found = of(denialId);
        if (found.isEmpty()) {
            return "Denial " + denialId + " is not in the ledger.";
        }
        Detail d = found.get();
        Denial denial = d.denial();
        StringBuilder md = new StringBuilder();
        md.append("### ").append(denial.reasonCode()).append(" · ").append(nz(denial.payerName())).append(" · $")
                .append(money(denial.amountAtRisk())).append(" at risk\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Patient control number", denial.patientControlNumber());
        row(md, "Payer claim number", denial.payerClaimNumber());
        row(md, "Payer", denial.payerName());
        row(md, "Service dates", text(d.claim().serviceFrom()) + (d.claim().serviceTo() == null
                || d.claim().serviceTo().equals(d.claim().serviceFrom()) ? "" : " to " + text(d.claim().serviceTo())));
        row(md, "Billed / paid", "$" + money(d.claim().billed()) + " / $" + money(d.claim().paid()));
        row(md, "Amount at risk", "$" + money(denial.amountAtRisk()) + (denial.recoveredAmount().signum() > 0
                ? " (recovered so far $" + money(denial.recoveredAmount()) + ")" : ""));
        row(md, "Denied on", text(denial.deniedOn()));
        row(md, "Category", nz(denial.category()) + " / " + nz(denial.subcategory()));
        row(md, "Team and next action", nz(denial.team()) + ": " + nz(denial.recommendedAction())
                + (Boolean.FALSE.equals(denial.appealable()) ? " (no appeal rights)" : ""));
        row(md, "Why this route", routeRationale);
        row(md, "Deadline", denial.deadline() == null ? "none" : text(denial.deadline()) + " ("
                + (d.daysLeft() < 0 ? -d.daysLeft() + " days ago" : d.daysLeft() + " days left") + ", "
                + nz(denial.deadlineKind()) + ")");
        row(md, "Priority", denial.priority() == null ? "" : denial.priority() + " (" + denial.priorityTier() + ")");
        row(md, "Likelihood of success", d.likelihoodOfSuccess() == null ? "no history"
                : Math.round(d.likelihoodOfSuccess() * 100) + "%");
        row(md, "Decision table", denial.decisionReference());
        md.append("\n**Adjustments**\n\n| line | code | label | amount |\n|---|---|---|---|\n");
        for (AdjustmentLine a : d.adjustments()) {
            md.append("| ").append(a.lineNumber() == 0 ? "claim" : a.lineNumber() + " " + nz(a.procedureCode()))
                    .append(" | ").append(a.groupCode()).append('-').append(a.carc()).append(a.denial() ? " (denied)" : "")
                    .append(" | ").append(cell(a.label())).append(" | $").append(money(a.amount())).append(" |\n");
        }
        if (!d.remarks().isEmpty()) {
            md.append("\n**Remarks**: ");
            d.remarks().stream().map(r -> r.code() + " " + r.label()).distinct()
                    .forEach(r -> md.append(cell(r)).append("; "));
            md.append('\n');
        }
        if (!d.corrections().isEmpty()) {
            md.append("\n**Corrections sent**: ");
            d.corrections().forEach(c -> md.append("claim ").append(nz(c.correctedClaimNumber())).append(" freq ")
                    .append(nz(c.frequencyCode())).append(" on ").append(text(c.submittedOn())).append("; "));
            md.append('\n');
        }
        if (!d.appeals().isEmpty()) {
            md.append("\n**Appeals**: ");
            d.appeals().forEach(a -> md.append(a.level()).append(". ").append(a.levelName()).append(" ")
                    .append(a.status()).append(a.decision() == null ? "" : " " + a.decision())
                    .append(a.deadline() == null ? "" : ", due " + text(a.deadline())).append("; "));
            md.append('\n');
        }
        md.append("\n**History**\n\n");
        List<Entry> history = history(denialId);
        history.stream().skip(Math.max(0, history.size() - 10)).forEach(e -> md.append("- ")
                .append(e.occurredAt().atZone(clock.getZone()).toLocalDate()).append(' ').append(e.actor())
                .append(": ").append(e.action().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append(e.decision() == null ? "" : " → " + e.decision())
                .append(e.note() == null ? "" : " — " + cell(e.note())).append('\n'));
        return md.toString();
    }

    /** The markdown summary at the top of a rejection task's form. */
    public String rejectionSummary(long rejectionId, String routeRationale) {
        Optional<Rejection> found = acknowledgments.findRejection(rejectionId);
        if (found.isEmpty()) {
            return "Rejection " + rejectionId + " is not in the ledger.";
        }
        Rejection r = found.get();
        StringBuilder md = new StringBuilder("### Rejected " + r.statusText() + " · " + nz(r.payerName()) + "\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Patient control number", r.patientControlNumber());
        row(md, "Payer", r.payerName());
        row(md, "Billed", r.billed() == null ? "" : "$" + money(r.billed()));
        row(md, "Status (category:code:entity)", r.statusText());
        row(md, "Rejected on", text(r.rejectedOn()));
        row(md, "Filing deadline", r.deadline() == null ? "" : text(r.deadline()) + " ("
                + ChronoUnit.DAYS.between(LocalDate.now(clock), r.deadline()) + " days left)");
        row(md, "Who fixes it and why", routeRationale);
        md.append("\n**History**\n\n");
        audit.of(Subject.REJECTION, rejectionId).forEach(e -> md.append("- ")
                .append(e.occurredAt().atZone(clock.getZone()).toLocalDate()).append(' ').append(e.actor())
                .append(": ").append(e.action().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append(e.decision() == null ? "" : " → " + e.decision()).append('\n'));
        return md.toString();
    }

    static String text(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    private static void row(StringBuilder md, String label, String value) {
        md.append("| ").append(label).append(" | ").append(cell(value)).append(" |\n");
    }

    private static String cell(String value) {
        return value == null ? "" : value.replace("|", "/").replace("\n", " ");
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    static String money(BigDecimal amount) {
        return amount == null ? "0.00" : String.format(Locale.US, "%,.2f", amount);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
