package org.denialflow.reporting;

import org.denialflow.denial.DenialScope;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The reports (supervisors, process owners, administrators) and the tracking log (everyone, each
 * team its own denials), as JSON or CSV. The same calls answer under {@code /api} (HTTP basic) and
 * under {@code /dashboard/data} (the dashboard's login session).
 */
@RestController
public class ReportController {

    static final String OVERSEERS = "hasAnyRole('supervisors', 'process-owners', 'camunda-admin')";
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReportService reports;
    private final DenialLog log;

    public ReportController(ReportService reports, DenialLog log) {
        this.reports = reports;
        this.log = log;
    }

    public record ReportInfo(String name, String definition) {
    }

    @GetMapping({"/api/reports", "/dashboard/data/reports"})
    @PreAuthorize(OVERSEERS)
    public List<ReportInfo> list() {
        return ReportService.NAMES.stream().map(n -> new ReportInfo(n, definition(n))).toList();
    }

    private static String definition(String name) {
        return switch (name) {
            case "denial-rate" -> ReportService.DENIAL_RATE;
            case "clean-claim-rate" -> ReportService.CLEAN_CLAIM_RATE;
            case "appeal-success" -> ReportService.APPEAL_SUCCESS;
            case "backlog" -> ReportService.BACKLOG;
            case "trends" -> ReportService.TRENDS;
            case "top-reasons" -> ReportService.TOP_REASONS;
            case "time-to-resolution" -> ReportService.TIME_TO;
            case "write-offs" -> ReportService.WRITE_OFFS;
            default -> ReportService.PREVENTABLE;
        };
    }

    @GetMapping(path = {"/api/reports/{name}", "/dashboard/data/reports/{name}"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(OVERSEERS)
    public Report report(@PathVariable String name,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) String groupBy) {
        return reports.report(stripCsv(name), Period.of(from, to, reports.today()), groupBy, DenialScope.everything());
    }

    @GetMapping(path = {"/api/reports/{name}", "/dashboard/data/reports/{name}"}, produces = "text/csv")
    @PreAuthorize(OVERSEERS)
    public void reportCsv(@PathVariable String name,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(required = false) String groupBy, HttpServletResponse response) throws IOException {
        Report report = report(name, from, to, groupBy);
        csvHeaders(response, report.name() + "-" + report.from() + "-" + report.to() + ".csv");
        Writer out = response.getWriter();
        Csv.report(out, report);
        out.flush();
    }

    /** {@code /api/reports/denial-rate.csv} is the CSV of {@code denial-rate}, for a browser link. */
    @GetMapping({"/api/reports/{name}.csv", "/dashboard/data/reports/{name}.csv"})
    @PreAuthorize(OVERSEERS)
    public void reportCsvLink(@PathVariable String name,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(required = false) String groupBy, HttpServletResponse response) throws IOException {
        reportCsv(name, from, to, groupBy, response);
    }

    private static String stripCsv(String name) {
        return name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }

    // ---------------------------------------------------------------- tracking log

    @GetMapping(path = {"/api/denials", "/dashboard/data/denials"}, produces = MediaType.APPLICATION_JSON_VALUE)
    public DenialLog.Page denials(DenialLogFilter filter, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size, Authentication user) {
        return log.page(filter, DenialScope.of(user), page, size);
    }

    @GetMapping(path = {"/api/denials", "/dashboard/data/denials"}, produces = "text/csv")
    public void denialsCsv(DenialLogFilter filter, Authentication user, HttpServletResponse response) throws IOException {
        csvHeaders(response, "denials.csv");
        Writer out = response.getWriter();
        Csv.line(out, DenialLog.CSV_HEADER);
        log.each(filter, DenialScope.of(user), entry -> {
            try {
                Csv.line(out, DenialLog.csvRow(entry));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        out.flush();
    }

    @GetMapping({"/api/denials.csv", "/dashboard/data/denials.csv"})
    public void denialsCsvLink(DenialLogFilter filter, Authentication user, HttpServletResponse response) throws IOException {
        denialsCsv(filter, user, response);
    }

    private static void csvHeaders(HttpServletResponse response, String fileName) {
        response.setContentType(CSV.toString());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    }

    @ExceptionHandler({IllegalArgumentException.class, ReportService.UnknownReportException.class,
            java.time.format.DateTimeParseException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Map<String, String> badRequest(RuntimeException e) {
        return Map.of("error", String.valueOf(e.getMessage()));
    }
}
