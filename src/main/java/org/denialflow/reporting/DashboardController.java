package org.denialflow.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' dashboard: headline figures with their definitions, charts for each report
 * (Chart.js, drawn from the figures embedded in the page), and a drill-down list of the denials
 * behind any bar, each linked to its process instance in Cockpit. Who may open it is decided by
 * DashboardSecurityConfiguration.
 */
@Controller
public class DashboardController {

    private final ReportService reports;

    public DashboardController(ReportService reports) {
        this.reports = reports;
    }

    /** A headline figure: its value, the unit, what it means and the target where there is one. */
    public record Kpi(String id, String label, Object value, String unit, String definition, String target) {
    }

    @GetMapping({"/dashboard", "/dashboard/"})
    public String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            Authentication user, Model model) {
        Period period = Period.of(from, to, reports.today());
        DenialScope all = DenialScope.everything();
        Map<String, Report> charts = new LinkedHashMap<>();
        charts.put("trends", reports.report("trends", period, null, all));
        charts.put("denialRateByPayer", reports.report("denial-rate", period, "payer", all));
        charts.put("topReasons", reports.report("top-reasons", period, "10", all));
        charts.put("backlogByAge", reports.report("backlog", period, "age", all));
        charts.put("backlogByDeadline", reports.report("backlog", period, "deadline", all));
        charts.put("backlogByTeam", reports.report("backlog", period, "team", all));
        charts.put("appealsByPayer", reports.report("appeal-success", period, "payer", all));
        charts.put("appealsByLevel", reports.report("appeal-success", period, "level", all));
        charts.put("preventable", reports.report("preventable", period, null, all));
        charts.put("timeByTeam", reports.report("time-to-resolution", period, "team", all));
        Report clean = reports.report("clean-claim-rate", period, "payer", all);
        Report writeOffs = reports.report("write-offs", period, "payer", all);

        List<Kpi> kpis = new ArrayList<>();
        Map<String, Object> rate = charts.get("denialRateByPayer").totals();
        kpis.add(new Kpi("denial-rate", "Initial denial rate", rate.get("denial_rate"), "%",
                "claims denied / claims adjudicated (" + rate.get("denied_claims") + " of " + rate.get("claims") + ")", "below 5%"));
        kpis.add(new Kpi("dollar-denial-rate", "Dollar denial rate", rate.get("dollar_denial_rate"), "%",
                "dollars denied / dollars adjudicated", "below 5%"));
        kpis.add(new Kpi("clean-claim-rate", "Clean-claim rate", clean.totals().get("clean_claim_rate"), "%",
                "claims accepted without rejection / claims acknowledged (" + clean.totals().get("claims") + ")", "95% or more"));
        Map<String, Object> appeals = charts.get("appealsByPayer").totals();
        kpis.add(new Kpi("appeal-success", "Appeal success", appeals.get("success_rate"), "%",
                "overturned fully or in part / decided (" + appeals.get("decided") + " decided); recovered "
                        + money(appeals.get("recovered")), null));
        Map<String, Object> backlog = charts.get("backlogByAge").totals();
        kpis.add(new Kpi("open-backlog", "Open denials", backlog.get("denials"), "",
                money(backlog.get("amount_at_risk")) + " at risk; " + backlog.get("past_deadline") + " past their deadline", null));
        Map<String, Object> time = charts.get("timeByTeam").totals();
        kpis.add(new Kpi("days-to-appeal", "Days to appeal", time.get("days_to_appeal"), "days",
                "mean days from denial to the first appeal submitted", "within 30 days"));
        kpis.add(new Kpi("days-to-resolve", "Days to resolve", time.get("days_to_resolve"), "days",
                "mean days from denial to resolution (median " + time.get("median_days_to_resolve") + ")", null));
        kpis.add(new Kpi("write-offs", "Write-offs", writeOffs.totals().get("share_of_net_revenue"), "% of net revenue",
                money(writeOffs.totals().get("written_off")) + " written off / " + money(writeOffs.totals().get("net_revenue"))
                        + " paid", "below 1%"));
        Map<String, Object> preventable = charts.get("preventable").totals();
        kpis.add(new Kpi("preventable", "Preventable share", preventable.get("share"), "%",
                "denials from registration and eligibility, authorization, coding or documentation / all denials", null));

        model.addAttribute("period", period);
        model.addAttribute("today", reports.today());
        model.addAttribute("user", user == null ? "" : user.getName());
        model.addAttribute("kpis", kpis);
        model.addAttribute("charts", charts);
        return "dashboard/index";
    }

    @GetMapping("/dashboard/login")
    public String login() {
        return "dashboard/login";
    }

    private static String money(Object value) {
        BigDecimal amount = ReportService.decimal(value);
        return String.format(java.util.Locale.US, "$%,.2f", amount);
    }
}
