package org.denialflow.benchmark.reporting;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.denialflow.DenialFlowApplication;
import org.denialflow.benchmark.BenchmarkDatabase;
import org.denialflow.denial.DenialRepository;
import org.denialflow.reporting.ReportFacts;
import org.denialflow.reporting.ReportSummaries;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Report, tracking-log and dashboard latency on PostgreSQL with a large generated ledger, printed,
 * not asserted. Fills the ledger with generate_series (by default 1,000,000 denials out of
 * 8,333,333 adjudicated claims over two years, a quarter of them appealed, plus 277CA
 * acknowledgments), then calls every report over HTTP as a supervisor and loads the dashboard
 * through its form login, printing the median and 95th percentile of each.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.denialflow.benchmark.reporting.ReportBenchmark \
 *     -Dexec.args="--denials 1000000 --runs 20"
 * </pre>
 * With {@code --reuse true} it measures the ledger an earlier run left (the load takes minutes).
 * It uses (and empties) the database {@code denialflow_report_bench} on 127.0.0.1:5432, creating it
 * as the {@code postgres} user when missing (override with --db-url, --db-user, --admin-url).
 */
public final class ReportBenchmark {

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (!options.reuse) {
            options.db.prepareEmpty();
        }
        try (ConfigurableApplicationContext app = start(options)) {
            LocalDate today = LocalDate.now(java.time.ZoneId.of("America/New_York"));
            long started = System.nanoTime();
            if (options.reuse) {
                System.out.println("reusing the ledger loaded by an earlier run (--reuse true)");
            } else {
                load(options, today);
            }
            System.out.printf("loaded %,d denials, %,d claims, %,d acknowledgments in %.1f s%n", options.denials,
                    options.claims(), options.claims() / 2, seconds(started));

            started = System.nanoTime();
            app.getBean(ReportSummaries.class).refresh();
            System.out.printf("first summary refresh (all %,d claims, all acknowledgments): %.1f s%n", options.claims(),
                    seconds(started));
            started = System.nanoTime();
            app.getBean(ReportSummaries.class).refresh();
            System.out.printf("summary refresh with nothing new: %.1f ms%n", (System.nanoTime() - started) / 1e6);
            ReportFacts facts = app.getBean(ReportFacts.class);
            started = System.nanoTime();
            int days = facts.refresh();
            System.out.printf("first fact refresh (every day of %,d denials: %d days recounted): %.1f s%n",
                    options.denials, days, seconds(started));
            started = System.nanoTime();
            facts.refresh();
            System.out.printf("fact refresh with nothing new: %.1f ms%n", (System.nanoTime() - started) / 1e6);
            try (Connection c = options.db.connect(); Statement s = c.createStatement()) {
                s.execute("analyze");
            }

            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String basic = "Basic " + Base64.getEncoder().encodeToString("sofia:demo".getBytes(StandardCharsets.UTF_8));

            System.out.printf("%n%-62s %9s %9s %9s%n", "call (default period: 12 months)", "p50 ms", "p95 ms", "max ms");
            List<String> calls = List.of(
                    "/api/reports/denial-rate?groupBy=payer", "/api/reports/denial-rate?groupBy=month",
                    "/api/reports/denial-rate?groupBy=reason", "/api/reports/denial-rate?groupBy=team",
                    "/api/reports/clean-claim-rate?groupBy=payer", "/api/reports/appeal-success?groupBy=payer",
                    "/api/reports/appeal-success?groupBy=level", "/api/reports/backlog?groupBy=age",
                    "/api/reports/backlog?groupBy=deadline", "/api/reports/backlog?groupBy=team",
                    "/api/reports/trends", "/api/reports/top-reasons", "/api/reports/time-to-resolution?groupBy=team",
                    "/api/reports/write-offs?groupBy=payer", "/api/reports/preventable",
                    "/api/reports/denial-rate.csv?groupBy=reason",
                    "/api/denials?size=50", "/api/denials?payer=payer-7&status=OPEN&size=50",
                    "/api/denials?reason=CO-50&from=" + today.minusMonths(3) + "&size=50",
                    "/api/denials?age=" + URLEncoder.encode("over 120", StandardCharsets.UTF_8) + "&size=50",
                    "/api/denials?team=CODING&minAmount=2000&page=3&size=50");
            for (String call : calls) {
                measure(call, options.runs, () -> get(http, base + call, basic));
            }
            String month = today.minusMonths(2).toString().substring(0, 7);
            measure("/api/denials.csv?payer=payer-3&month=" + month + " (export)", Math.max(3, options.runs / 4),
                    () -> get(http, base + "/api/denials.csv?payer=payer-3&month=" + month, basic));

            logIn(http, base);
            measure("/dashboard (the page alone)", options.runs, () -> get(http, base + "/dashboard", null));
            // What the browser does: the page, then its 12 report calls, 6 at a time as a browser would.
            java.util.concurrent.ExecutorService browser = java.util.concurrent.Executors.newFixedThreadPool(6);
            List<String> dashboardCalls = List.of("trends", "denial-rate?groupBy=payer", "top-reasons?groupBy=10",
                    "backlog?groupBy=age", "backlog?groupBy=deadline", "backlog?groupBy=team", "preventable",
                    "appeal-success?groupBy=payer", "appeal-success?groupBy=level", "time-to-resolution?groupBy=team",
                    "clean-claim-rate?groupBy=payer", "write-offs?groupBy=payer");
            measure("/dashboard loaded with all 12 charts' data (6 in parallel)", options.runs, () -> {
                int status = get(http, base + "/dashboard", null);
                List<java.util.concurrent.Future<Integer>> all = new ArrayList<>();
                for (String report : dashboardCalls) {
                    all.add(browser.submit(() -> get(http, base + "/dashboard/data/reports/" + report, null)));
                }
                for (java.util.concurrent.Future<Integer> f : all) {
                    status = Math.max(status, f.get());
                }
                return status;
            });
            browser.shutdown();
            measure("/dashboard/data/denials?age=31-60 (drill-down)", options.runs,
                    () -> get(http, base + "/dashboard/data/denials?age=31-60", null));
            measureFirstReportAfterChanges(app, options, http, base, basic);
        }
    }

    /**
     * What the first report pays after work went on: closes open denials spread over the months (through the
     * ledger, as the workflow would) and times the next report, which recounts their days first. It changes the
     * benchmark data a little (a later --reuse run sees these denials closed).
     */
    private static void measureFirstReportAfterChanges(ConfigurableApplicationContext app, Options options,
                                                       HttpClient http, String base, String basic) throws Exception {
        DenialRepository denials = app.getBean(DenialRepository.class);
        ReportFacts facts = app.getBean(ReportFacts.class);
        System.out.println();
        java.util.Random random = new java.util.Random();
        for (int changed : List.of(1, 10, 100)) {
            // Open denials spread over the two years; a different spread each run, as earlier runs closed some.
            List<Long> open = new ArrayList<>();
            try (Connection c = options.db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select id from denial where status = 'OPEN' and id % 997 = "
                         + random.nextInt(997) + " order by id fetch first " + (2 * changed) + " rows only")) {
                while (rs.next()) {
                    open.add(rs.getLong(1));
                }
            }
            List<Long> first = open.subList(0, open.size() / 2);
            List<Long> second = open.subList(open.size() / 2, open.size());
            for (long id : first) {
                denials.close(id, "WRITTEN_OFF", java.time.Instant.now());
            }
            long started = System.nanoTime();
            int status = get(http, base + "/api/reports/backlog?groupBy=age", basic);
            System.out.printf("first backlog report after %d denials were closed (status %d): %.0f ms%n", first.size(),
                    status, (System.nanoTime() - started) / 1e6);
            for (long id : second) {
                denials.close(id, "WRITTEN_OFF", java.time.Instant.now());
            }
            started = System.nanoTime();
            int days = facts.refresh();
            System.out.printf("the refresh alone after %d more were closed (%d days recounted): %.0f ms%n",
                    second.size(), days, (System.nanoTime() - started) / 1e6);
        }
    }

    interface Call {
        int run() throws Exception;
    }

    private static void measure(String label, int runs, Call call) throws Exception {
        for (int i = 0; i < 3; i++) {
            int status = call.run();
            if (status != 200) {
                throw new IllegalStateException(label + " answered " + status);
            }
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%-62s %9.0f %9.0f %9.0f%n", label.length() > 62 ? label.substring(0, 62) : label,
                percentile(millis, 0.50), percentile(millis, 0.95), millis.get(millis.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static int get(HttpClient http, String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode();
    }

    private static void logIn(HttpClient http, String base) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/dashboard/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=sofia&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "/dashboard/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** The ledger, generated in the database: claims, the denials among them, appeals, acknowledgments. */
    private static void load(Options options, LocalDate today) throws Exception {
        long every = Math.max(1, options.claims() / options.denials);
        LocalDate start = today.minusDays(730);
        try (Connection c = options.db.connect();
             Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            ResultSet imp = s.executeQuery("""
                    insert into import_file (file_name, content_sha256, content_size, content, channel, status, received_at)
                    values ('benchmark', 'benchmark', 1, '\\x00', 'COMMAND_LINE', 'IMPORTED', now()) returning id""");
            imp.next();
            long importId = imp.getLong(1);
            s.execute("insert into payer (payer_key, name, first_seen_at) select 'payer-' || g, 'Payer ' || g, now()"
                    + " from generate_series(0, 39) g");
            s.execute(String.format("""
                    insert into remittance_claim (import_id, claim_key, payer_key, payer_name, patient_control_number,
                        payer_claim_number, billed, paid, patient_responsibility, amount_at_risk, outcome, balanced, payment_date)
                    select %d, 'b' || g, 'payer-' || (g %% 40), 'Payer ' || (g %% 40), 'PCN' || g, 'CLM' || g, billed,
                           case when denied then 0 else billed end, 0, case when denied then billed else 0 end,
                           case when denied then 'DENIED' else 'PAID' end, true, date '%s' + (g %% 730)::int
                    from (select g, (100 + (g::bigint * 7919) %% 4900)::numeric(14,2) as billed, g %% %d = 0 as denied
                          from generate_series(1, %d) g) x""", importId, start, every, every * options.denials));
            s.execute(String.format("""
                    insert into denial (claim_id, import_id, kind, status, payer_key, payer_name, patient_control_number,
                        payer_claim_number, amount_at_risk, primary_group, primary_carc, denied_on, category, subcategory,
                        team, priority, deadline, appeal_level, outcome, recovered_amount, process_instance_id, created_at,
                        resolved_at, stage)
                    select c.id, %d, 'DENIED', case when closed then 'CLOSED' else 'OPEN' end, c.payer_key, c.payer_name,
                           c.patient_control_number, c.payer_claim_number, c.amount_at_risk,
                           (array['CO','CO','CO','PR','OA'])[1 + c.id %% 5],
                           (array['50','197','16','97','29','4','11','18','22','27','109','252','96','151','45','204'])[1 + (c.id / 7) %% 16],
                           c.payment_date,
                           (array['CLINICAL','CLINICAL','TECHNICAL','ADMINISTRATIVE','CLINICAL','TECHNICAL','ADMINISTRATIVE','NOT_A_DENIAL'])[1 + (c.id / 7) %% 8],
                           (array['MEDICAL_NECESSITY','AUTHORIZATION','MISSING_INFORMATION','COVERAGE','CODING','DUPLICATE','TIMELY_FILING','CONTRACTUAL'])[1 + (c.id / 7) %% 8],
                           (array['CDI','FRONT_OFFICE','BILLING','FRONT_OFFICE','CODING','BILLING','APPEALS','CONTRACTING'])[1 + (c.id / 7) %% 8],
                           (c.id %% 100)::int, c.payment_date + 90, case when c.id %% 4 = 0 then 1 else 0 end,
                           case when closed then (array['RECOVERED_IN_FULL','OVERTURNED_ON_APPEAL','WRITTEN_OFF','UPHELD_ON_APPEAL','BILLED_TO_PATIENT','DEADLINE_MISSED'])[1 + c.id %% 6] end,
                           case when closed and c.id %% 6 in (0, 1) then c.amount_at_risk else 0 end,
                           'bench-pi-' || c.id, c.payment_date::timestamptz,
                           case when closed then (c.payment_date + 5 + (c.id %% 80)::int)::timestamptz end,
                           case when closed then 'CLOSED' else (array['TRIAGE','CORRECTION','APPEAL','AWAITING_PAYER'])[1 + c.id %% 4] end
                    from (select rc.*, (rc.id %% 10 < 7 and rc.payment_date < date '%s' - 90) as closed
                          from remittance_claim rc where rc.outcome = 'DENIED') c""", importId, today));
            s.execute(String.format("""
                    insert into appeal (denial_id, level, level_name, status, deadline, submitted_on, decided_on, decision,
                        recovered_amount, created_at)
                    select d.id, 1, 'Redetermination', case when d.denied_on < date '%s' - 60 then 'DECIDED' else 'SUBMITTED' end,
                           d.deadline, d.denied_on + (d.id %% 45)::int,
                           case when d.denied_on < date '%s' - 60 then d.denied_on + 45 + (d.id %% 30)::int end,
                           case when d.denied_on < date '%s' - 60 then (array['OVERTURNED','PARTIALLY_OVERTURNED','UPHELD'])[1 + d.id %% 3] end,
                           case when d.denied_on < date '%s' - 60 and d.id %% 3 < 2 then d.amount_at_risk / (1 + d.id %% 3) else 0 end,
                           now()
                    from denial d where d.appeal_level = 1""", today, today, today, today));
            s.execute(String.format("""
                    insert into claim_acknowledgment (import_id, ack_key, payer_key, payer_name, patient_control_number,
                        status_date, status_category, accepted, rejected)
                    select %d, 'a' || g, 'payer-' || (g %% 40), 'Payer ' || (g %% 40), 'PCN' || g, date '%s' + (g %% 730)::int,
                           case when g %% 20 = 0 then 'A7' else 'A2' end, g %% 20 <> 0, g %% 20 = 0
                    from generate_series(1, %d) g""", importId, start, every * options.denials / 2));
            s.execute("analyze");
        }
    }

    private static ConfigurableApplicationContext start(Options options) {
        // Command-line arguments, so they win over application.yaml (default properties would not).
        return new SpringApplicationBuilder(DenialFlowApplication.class)
                .profiles("postgres")
                .run(java.util.stream.Stream.concat(java.util.Arrays.stream(options.db.springArguments()),
                        java.util.stream.Stream.of("--server.port=0",
                        "--denialflow.admin.password=benchmark-Passw0rd!",
                        "--denialflow.demo.enabled=true",
                        "--denialflow.demo.load-work=false",
                        "--denialflow.demo.password=demo",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--logging.level.org.denialflow=WARN")).toArray(String[]::new));
    }

    static final class Options {
        long denials = 1_000_000;
        double denialRate = 0.12;
        int runs = 20;
        boolean reuse;
        final BenchmarkDatabase db = new BenchmarkDatabase("denialflow_report_bench");

        long claims() {
            return Math.round(denials / denialRate);
        }

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--denials" -> o.denials = Long.parseLong(value);
                    case "--denial-rate" -> o.denialRate = Double.parseDouble(value);
                    case "--runs" -> o.runs = Integer.parseInt(value);
                    case "--reuse" -> o.reuse = Boolean.parseBoolean(value);
                    default -> {
                        if (!o.db.accept(args[i], value)) {
                            throw new IllegalArgumentException("Unknown option " + args[i]);
                        }
                    }
                }
            }
            return o;
        }
    }
}
