package org.denialflow.triage;

import static org.denialflow.triage.DecisionVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Typed access to the decision tables in {@code decisions/}. Every result carries the {@link DecisionRef} of the
 * decision that produced it, for the audit trail. In the application the tables run in the process engine (latest
 * deployed version); in tests a standalone {@link DmnEngine} reads them from the classpath.
 */
@Service
public class TriageDecisions {

    private final DecisionEvaluator evaluator;
    private final Clock clock;
    private final UnknownCodeCounter unknownCodes = new UnknownCodeCounter();
    private final Counter unknownMeter;

    @Autowired
    public TriageDecisions(DecisionService decisionService, RepositoryService repositoryService,
                           ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
        this(new EngineDecisionEvaluator(decisionService, repositoryService),
                clock.getIfAvailable(Clock::systemDefaultZone), meters.getIfAvailable());
    }

    /** For tests and tools: the project's tables from the classpath, evaluated by a standalone DMN engine. */
    public TriageDecisions(DmnEngine engine, Clock clock) {
        this(new StandaloneDecisionEvaluator(engine, StandaloneDecisionEvaluator.DEFAULT_RESOURCES), clock, null);
    }

    public TriageDecisions(DecisionEvaluator evaluator, Clock clock, MeterRegistry meters) {
        this.evaluator = evaluator;
        this.clock = clock;
        this.unknownMeter = meters == null ? null
                : Counter.builder("denialflow.triage.unknown")
                        .description("Denials whose codes the categorization table could not route")
                        .register(meters);
    }

    /** Category, team, next action and appealability of one denied adjustment. Unknown codes are counted. */
    public Categorization categorize(CategorizationInput in) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(GROUP_CODE, upper(in.groupCode()));
        vars.put(CARC, upper(in.carc()));
        String rarcs = rarcList(in.rarcs());
        vars.put(RARCS, rarcs);
        vars.put(PAYER_PROGRAM, in.payerProgram().name());
        vars.put(CLAIM_FILING_INDICATOR, upper(in.claimFilingIndicator()));
        DecisionEvaluator.Evaluation result = evaluator.evaluate(DENIAL_CATEGORIZATION, vars);
        Map<String, Object> row = result.single();
        if (row == null) {
            throw new IllegalStateException(DENIAL_CATEGORIZATION + " returned no row; its last (triage) row is missing");
        }
        boolean appealable = Boolean.TRUE.equals(row.get(APPEALABLE));
        // the engine returns only the main decision's outputs; ask the required decision for the reason when it matters
        Map<String, Object> rights = appealable ? null : evaluator.evaluate(APPEAL_RIGHTS, vars).single();
        Categorization categorization = new Categorization(
                (String) row.get(CATEGORY), (String) row.get(SUBCATEGORY), (String) row.get(TEAM),
                (String) row.get(RECOMMENDED_ACTION), appealable,
                rights == null ? null : (String) rights.get(APPEAL_RIGHTS_REASON), result.decision());
        if (categorization.unknown()) {
            unknownCodes.record(upper(in.groupCode()), upper(in.carc()), rarcs);
            if (unknownMeter != null) {
                unknownMeter.increment();
            }
        }
        return categorization;
    }

    /** Task priority (0-100) and tier from dollars, days left, category and likelihood of success. */
    public PriorityResult prioritize(PriorityInput in) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(AMOUNT_AT_RISK, in.amountAtRisk());
        vars.put(DAYS_LEFT, in.daysLeft());
        vars.put(CATEGORY, in.category());
        vars.put(LIKELIHOOD_OF_SUCCESS, in.likelihoodOfSuccess());
        DecisionEvaluator.Evaluation result = evaluator.evaluate(DENIAL_PRIORITY, vars);
        Map<String, Object> row = result.single();
        if (row == null) {
            throw new IllegalStateException(DENIAL_PRIORITY + " returned no row");
        }
        return new PriorityResult(toInt(row.get(PRIORITY)), (String) row.get(TIER), result.decision());
    }

    /**
     * The deadline rule for one appeal level; empty when the payer has no such level. A null decision date means
     * today (from the clock).
     */
    public Optional<AppealWindow> appealWindow(AppealWindowInput in) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(PAYER_PROGRAM, name(in.payerProgram()));
        vars.put(PAYER_ID, in.payerId());
        vars.put(APPEAL_LEVEL, in.appealLevel());
        vars.put(CLAIM_TYPE, name(in.claimType()));
        vars.put(PAYER_STATE, upper(in.payerState()));
        LocalDate date = in.decisionDate() != null ? in.decisionDate() : LocalDate.now(clock);
        vars.put(DECISION_DATE, date.toString());
        vars.put(PAYER_APPEAL_DAYS, in.payerAppealDays());
        DecisionEvaluator.Evaluation result = evaluator.evaluate(APPEAL_WINDOW, vars);
        Map<String, Object> row = result.single();
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new AppealWindow((String) row.get(LEVEL_NAME), toInteger(row.get(DAYS_ALLOWED)),
                (String) row.get(ANCHOR), (String) row.get(NEXT_LEVEL_NAME),
                toInteger(row.get(MINIMUM_AMOUNT_IN_CONTROVERSY)), toInteger(row.get(EXPECTED_DECISION_DAYS)),
                toInteger(row.get(FOLLOW_UP_INTERVAL_DAYS)), Boolean.TRUE.equals(row.get(ESCALATION_ALLOWED)),
                Boolean.TRUE.equals(row.get(AUTO_FORWARDED)), result.decision()));
    }

    /** Filing limit and anchor for an original, corrected or rejected-and-resubmitted claim. */
    public FilingWindow filingWindow(FilingWindowInput in) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(PAYER_PROGRAM, name(in.payerProgram()));
        vars.put(PAYER_ID, in.payerId());
        vars.put(SUBMISSION_KIND, name(in.submissionKind()));
        vars.put(NETWORK_STATUS, name(in.networkStatus()));
        vars.put(PAYER_FILING_DAYS, in.payerFilingDays());
        DecisionEvaluator.Evaluation result = evaluator.evaluate(TIMELY_FILING, vars);
        Map<String, Object> row = result.single();
        if (row == null) {
            throw new IllegalStateException(TIMELY_FILING + " returned no row; its default row is missing");
        }
        return new FilingWindow(toInt(row.get(LIMIT_DAYS)), (String) row.get(ANCHOR), (String) row.get(NOTE),
                result.decision());
    }

    /** The codes that reached the triage row since the start, with counts. */
    public UnknownCodeCounter unknownCodes() {
        return unknownCodes;
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Integer toInteger(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static int toInt(Object o) {
        Integer i = toInteger(o);
        if (i == null) {
            throw new IllegalStateException("A decision returned no number where one is required");
        }
        return i;
    }
}
