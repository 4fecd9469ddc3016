package org.denialflow.triage;

import java.util.List;
import java.util.Map;

import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.denialflow.denial.PayerRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The code reference, the payer registry, the codes nobody could route, and why a denial went
 * where it went.
 */
@RestController
@RequestMapping("/api")
public class TriageController {

    private final CodeReference codes;
    private final PayerRegistry payers;
    private final DenialRepository denials;
    private final DenialTriage triage;
    private final JdbcClient jdbc;

    public TriageController(CodeReference codes, PayerRegistry payers, DenialRepository denials, DenialTriage triage,
                            JdbcClient jdbc) {
        this.codes = codes;
        this.payers = payers;
        this.denials = denials;
        this.triage = triage;
        this.jdbc = jdbc;
    }

    @GetMapping("/codes/{list}")
    public List<CodeEntry> codes(@PathVariable String list) {
        return codes.all(codeList(list));
    }

    @GetMapping("/codes/{list}/{code}")
    public CodeEntry code(@PathVariable String list, @PathVariable String code) {
        return codes.find(codeList(list), code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + list + " code " + code));
    }

    @GetMapping("/payers")
    public List<PayerRegistry.Payer> payers() {
        return payers.all();
    }

    /** What only a person can know about a payer: its program, state and its own windows. */
    public record PayerSettings(PayerProgram program, String state, Integer appealWindowDays, Integer timelyFilingDays) {
    }

    @PutMapping("/payers/{id}")
    @PreAuthorize("hasAnyRole('supervisors', 'camunda-admin')")
    public PayerRegistry.Payer updatePayer(@PathVariable long id, @RequestBody PayerSettings settings) {
        PayerRegistry.Payer payer = payers.all().stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No payer " + id));
        if (settings.state() != null && !settings.state().matches("[A-Za-z]{2}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "state must be a two-letter code");
        }
        payers.update(payer.payerKey(), settings.program() == null ? null : settings.program().name(),
                settings.state() == null ? null : settings.state().toUpperCase(), positive(settings.appealWindowDays()),
                positive(settings.timelyFilingDays()));
        return payers.find(payer.payerKey()).orElseThrow();
    }

    /** Denials whose codes the categorization table did not know, by code, with counts: rows to add to the table. */
    @GetMapping("/triage/unknown-codes")
    public List<Map<String, Object>> unknownCodes() {
        return jdbc.sql("""
                select primary_group as group_code, primary_carc as carc, primary_rarcs as rarcs, count(*) as denials,
                       sum(amount_at_risk) as amount_at_risk
                from denial where category = 'UNKNOWN'
                group by primary_group, primary_carc, primary_rarcs
                order by count(*) desc""")
                .query().listOfRows();
    }

    public record Why(long denialId, String reason, String reasonLabel, String category, String subcategory, String team,
                      String recommendedAction, Boolean appealable, String decision, Integer priority, String tier,
                      String deadline, String deadlineKind, String likelihoodOfSuccess) {
    }

    /** Why a denial went where it went: the decisions' outputs and versions as stored on the denial. */
    @GetMapping("/triage/denials/{id}")
    @PreAuthorize("hasAnyRole('supervisors', 'process-owners', 'camunda-admin')")
    public Why why(@PathVariable long id) {
        Denial d = denials.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No denial " + id));
        String label = d.primaryCarc() == null ? null : codes.carc(d.primaryCarc()).map(CodeEntry::displayText).orElse(null);
        return new Why(d.id(), d.reasonCode(), label, d.category(), d.subcategory(), d.team(), d.recommendedAction(),
                d.appealable(), d.decisionReference(), d.priority(), d.priorityTier(),
                d.deadline() == null ? null : d.deadline().toString(), d.deadlineKind(),
                d.category() == null ? null : triage.likelihood(id).display());
    }

    private static CodeList codeList(String list) {
        try {
            return CodeList.valueOf(list.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Code lists are carc and rarc");
        }
    }

    private static Integer positive(Integer days) {
        if (days != null && (days < 1 || days > 3650)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "days must be between 1 and 3650");
        }
        return days;
    }
}
