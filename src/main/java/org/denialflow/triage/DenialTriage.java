package org.denialflow.triage;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.AuditTrail.Action;
import org.denialflow.denial.AuditTrail.Subject;
import org.denialflow.denial.DenialRepository;
import org.denialflow.denial.PayerRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Feeds the decisions from the ledger and writes what they decided back to it, with the decision's
 * version, so a supervisor can see why a denial went where it went and reports can group by it.
 * The lifecycle's business rule tasks evaluate the tables; its delegates call this service around them.
 */
@Service
public class DenialTriage {

    private final JdbcClient jdbc;
    private final DenialRepository denials;
    private final PayerRegistry payers;
    private final TriageDecisions decisions;
    private final LikelihoodOfSuccess likelihood;
    private final AuditTrail audit;
    private final RepositoryService repositoryService;
    private final Clock clock;

    public DenialTriage(JdbcClient jdbc, DenialRepository denials, PayerRegistry payers, TriageDecisions decisions,
                        LikelihoodOfSuccess likelihood, AuditTrail audit, RepositoryService repositoryService,
                        Clock clock) {
        this.jdbc = jdbc;
        this.denials = denials;
        this.payers = payers;
        this.decisions = decisions;
        this.likelihood = likelihood;
        this.audit = audit;
        this.repositoryService = repositoryService;
        this.clock = clock;
    }

    /** Everything the tables need about one denial. */
    public TriageFacts facts(long denialId) {
        return jdbc.sql("""
                select d.id, d.primary_group, d.primary_carc, d.primary_rarcs, c.filing_indicator, d.payer_key,
                       c.payer_id, c.claim_type, d.amount_at_risk, d.denied_on, c.service_from, d.category, d.deadline
                from denial d join remittance_claim c on c.id = d.claim_id where d.id = ?""")
                .param(denialId)
                .query((rs, n) -> {
                    String payerKey = rs.getString(6);
                    Optional<PayerRegistry.Payer> payer = payers.find(payerKey);
                    String filing = rs.getString(5);
                    PayerProgram program = payer.map(PayerRegistry.Payer::program).filter(p -> p != null && !p.isBlank())
                            .map(PayerProgram::valueOf).orElse(PayerProgram.fromFilingIndicator(filing));
                    Date serviceFrom = rs.getDate(11);
                    Date deadline = rs.getDate(13);
                    return new TriageFacts(rs.getLong(1), rs.getString(2), rs.getString(3), split(rs.getString(4)),
                            program, filing, payerKey, rs.getString(7), payer.map(PayerRegistry.Payer::state).orElse(null),
                            "INSTITUTIONAL".equals(rs.getString(8)) ? ClaimType.INSTITUTIONAL : ClaimType.PROFESSIONAL,
                            rs.getBigDecimal(9), rs.getDate(10).toLocalDate(),
                            serviceFrom == null ? null : serviceFrom.toLocalDate(),
                            payer.map(PayerRegistry.Payer::appealWindowDays).orElse(null),
                            payer.map(PayerRegistry.Payer::timelyFilingDays).orElse(null),
                            rs.getString(12), deadline == null ? null : deadline.toLocalDate());
                })
                .single();
    }

    /** The categorization table's input variables, named as the table names them. */
    public Map<String, Object> categorizationVariables(long denialId) {
        TriageFacts facts = facts(denialId);
        Map<String, Object> vars = new HashMap<>();
        vars.put(DecisionVariables.GROUP_CODE, upper(facts.groupCode()));
        vars.put(DecisionVariables.CARC, upper(facts.carc()));
        vars.put(DecisionVariables.RARCS, DecisionVariables.rarcList(facts.rarcs()));
        vars.put(DecisionVariables.PAYER_PROGRAM, facts.payerProgram().name());
        vars.put(DecisionVariables.CLAIM_FILING_INDICATOR, upper(facts.claimFilingIndicator()));
        return vars;
    }

    /** Categorizes in Java through the same table (for callers outside a process, and for tests). */
    public Categorization categorize(long denialId) {
        Categorization categorization = decisions.categorize(facts(denialId).categorizationInput());
        recordCategorization(denialId, categorization);
        return categorization;
    }

    /** Stores a business rule task's single result row of the categorization table. */
    public Categorization recordCategorization(long denialId, Map<String, Object> row) {
        Categorization categorization = new Categorization((String) row.get(DecisionVariables.CATEGORY),
                (String) row.get(DecisionVariables.SUBCATEGORY), (String) row.get(DecisionVariables.TEAM),
                (String) row.get(DecisionVariables.RECOMMENDED_ACTION),
                Boolean.TRUE.equals(row.get(DecisionVariables.APPEALABLE)), null,
                latest(DecisionVariables.DENIAL_CATEGORIZATION));
        recordCategorization(denialId, categorization);
        return categorization;
    }

    public void recordCategorization(long denialId, Categorization c) {
        denials.recordTriage(denialId, c.category(), c.subcategory(), c.team(), c.recommendedAction(), c.appealable(),
                reference(c.decision()));
        audit.record(Subject.DENIAL, denialId, new Action("CATEGORIZED", AuditTrail.SYSTEM, null, c.team(), null,
                c.category() + " / " + c.subcategory() + ": " + c.recommendedAction()
                        + (c.appealable() ? "" : ", not appealable" + (c.appealRightsReason() == null ? "" : " (" + c.appealRightsReason() + ")"))
                        + " [" + reference(c.decision()) + "]", null));
    }

    public Likelihood likelihood(long denialId) {
        TriageFacts facts = facts(denialId);
        return likelihood.of(facts.payerKey(), facts.category());
    }

    /** The priority table's input variables: money, days left before the deadline, category, likelihood. */
    public Map<String, Object> priorityVariables(long denialId) {
        TriageFacts facts = facts(denialId);
        Map<String, Object> vars = new HashMap<>();
        vars.put(DecisionVariables.AMOUNT_AT_RISK, facts.amountAtRisk());
        vars.put(DecisionVariables.DAYS_LEFT, daysLeft(facts.deadline()));
        vars.put(DecisionVariables.CATEGORY, facts.category());
        vars.put(DecisionVariables.LIKELIHOOD_OF_SUCCESS, likelihood.of(facts.payerKey(), facts.category()).rate());
        return vars;
    }

    public PriorityResult prioritize(long denialId) {
        TriageFacts facts = facts(denialId);
        PriorityResult result = decisions.prioritize(new PriorityInput(facts.amountAtRisk(), daysLeft(facts.deadline()),
                facts.category(), likelihood.of(facts.payerKey(), facts.category()).rate()));
        denials.recordPriority(denialId, result.priority(), result.tier());
        return result;
    }

    /** Stores a business rule task's single result row of the priority table. */
    public PriorityResult recordPriority(long denialId, Map<String, Object> row) {
        Object priority = row.get(DecisionVariables.PRIORITY);
        PriorityResult result = new PriorityResult(priority == null ? 0 : ((Number) priority).intValue(),
                (String) row.get(DecisionVariables.TIER), latest(DecisionVariables.DENIAL_PRIORITY));
        denials.recordPriority(denialId, result.priority(), result.tier());
        return result;
    }

    /** The rule and deadline for an appeal at {@code level}, counted from {@code anchorDate}; stored on the denial. */
    public Optional<Deadline> appealDeadline(long denialId, int level, LocalDate anchorDate) {
        TriageFacts facts = facts(denialId);
        Optional<AppealWindow> window = decisions.appealWindow(new AppealWindowInput(facts.payerProgram(),
                facts.payerId(), level, facts.claimType(), facts.payerState(), LocalDate.now(clock),
                facts.payerAppealDays()));
        window.ifPresent(w -> {
            denials.recordDeadline(denialId, w.deadline(anchorDate), "APPEAL_LEVEL_" + level);
            denials.recordAppealLevel(denialId, level);
        });
        return window.map(w -> new Deadline(w.deadline(anchorDate), "APPEAL_LEVEL_" + level, w, null));
    }

    /** The last day to send a corrected claim, from the remittance date; stored on the denial. */
    public Deadline correctionDeadline(long denialId) {
        TriageFacts facts = facts(denialId);
        FilingWindow window = decisions.filingWindow(new FilingWindowInput(facts.payerProgram(), facts.payerId(),
                SubmissionKind.CORRECTED, NetworkStatus.UNKNOWN, facts.payerFilingDays()));
        LocalDate anchor = "DATE_OF_SERVICE".equals(window.anchor()) && facts.serviceFrom() != null
                ? facts.serviceFrom() : facts.deniedOn();
        LocalDate deadline = window.deadline(anchor);
        denials.recordDeadline(denialId, deadline, "CORRECTION");
        return new Deadline(deadline, "CORRECTION", null, window);
    }

    /** A deadline and the rule it came from (one of the two windows). */
    public record Deadline(LocalDate date, String kind, AppealWindow appealWindow, FilingWindow filingWindow) {
    }

    Integer daysLeft(LocalDate deadline) {
        return deadline == null ? null : (int) ChronoUnit.DAYS.between(LocalDate.now(clock), deadline);
    }

    private DecisionRef latest(String key) {
        DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        return definition == null ? new DecisionRef(key, null, null, null)
                : new DecisionRef(key, definition.getId(), definition.getVersion(), definition.getVersionTag());
    }

    static String reference(DecisionRef ref) {
        return ref == null ? null : ref.key() + (ref.version() == null ? "" : " v" + ref.version())
                + (ref.versionTag() == null ? "" : " (" + ref.versionTag() + ")");
    }

    private static List<String> split(String rarcs) {
        return rarcs == null || rarcs.isBlank() ? List.of() : Arrays.stream(rarcs.split(",")).map(String::trim).toList();
    }

    private static String upper(String value) {
        return value == null ? null : value.trim().toUpperCase();
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
