package org.denialflow.reporting;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' dashboard: headline figures with their definitions, charts for each report
 * (Chart.js, drawn in the browser from the report JSON), and a drill-down list of the denials
 * behind any bar, each linked to its process instance in Cockpit. Who may open it is decided by
 * DashboardSecurityConfiguration.
 */
@Controller
public class DashboardController {

    private final ReportService reports;

    public DashboardController(ReportService reports) {
        this.reports = reports;
    }

    /**
     * The page itself carries no figures: it names the period, and its script fetches each chart's
     * report from {@code /dashboard/data/reports/...} at once, so the page shows immediately and
     * each chart appears as soon as its query answers.
     */
    @GetMapping({"/dashboard", "/dashboard/"})
    public String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            Authentication user, Model model) {
        Period period = Period.of(from, to, reports.today());
        model.addAttribute("period", period);
        model.addAttribute("today", reports.today());
        model.addAttribute("user", user == null ? "" : user.getName());
        return "dashboard/index";
    }

    @GetMapping("/dashboard/login")
    public String login() {
        return "dashboard/login";
    }
}
