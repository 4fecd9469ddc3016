package org.denialflow.benchmark.cluster;

import org.denialflow.benchmark.BenchmarkDatabase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.denialflow.cluster.ClusterNode;
import org.denialflow.ingest.synthetic.SyntheticRemittances;
import org.denialflow.platform.identity.Team;
import org.springframework.util.FileSystemUtils;

/**
 * Volume on a two-node cluster, printed, not asserted (docs/benchmarks.md "Cluster and volume").
 * Starts real nodes ({@code java -jar target/denialflow.jar}, profile postgres, production job
 * executor settings) on the database {@code denialflow_volume}, which it empties, and measures:
 * <ol>
 *   <li>inbox import throughput with one node, then with two nodes sharing the inbox;</li>
 *   <li>database size per denial and resident memory per node;</li>
 *   <li>Tasklist latency for each team: its filter's count and the first page of its tasks;</li>
 *   <li>timer firing lag: N timers due at the same instant, fired by both nodes.</li>
 * </ol>
 * <pre>
 * ./mvnw -q package -DskipTests
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.denialflow.benchmark.cluster.VolumeBenchmark \
 *     -Dexec.args="--claims 40000 --timers 5000"
 * </pre>
 */
public final class VolumeBenchmark {

    /** Must not contain the user id: the engine's password policy refuses that. */
    static final String ADMIN_PASSWORD = "volume-Bench-Passw0rd!";
    /** As a production node would run (bounded heap, default JIT and collector). */
    static final List<String> JVM = List.of("-Xmx1g");

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        o.db.prepareEmpty();
        Path work = Path.of("target", "volume").toAbsolutePath();
        FileSystemUtils.deleteRecursively(work);
        Path inbox = work.resolve("inbox");
        Files.createDirectories(inbox);
        Path jar = ClusterNode.findJar();

        SyntheticRemittances remittances = SyntheticRemittances.builder().seed(o.seed).claims(o.claims).denialRate(0.12)
                .claimsPerFile(o.claimsPerFile).startDate(LocalDate.of(2026, 1, 5)).build();
        int files = remittances.fileCount();
        System.out.printf("Volume benchmark: %d claims in %d files of %d claims, %d timers%n", o.claims, files,
                o.claimsPerFile, o.timers);

        ClusterNode a = ClusterNode.start("volume-a", jar, work, environment(o.db, inbox), arguments(), JVM);
        ClusterNode b = null;
        try {
            awaitReady(a);
            long dbEmpty = dbSize(o.db);
            Rate one = importPhase(o.db, remittances, 0, files / 2, inbox, List.of(a));
            b = ClusterNode.start("volume-b", jar, work, environment(o.db, inbox), arguments(), JVM);
            awaitReady(b);
            Rate two = importPhase(o.db, remittances, files / 2, files, inbox, List.of(a, b));
            print("import, 1 node", one);
            print("import, 2 nodes", two);
            System.out.printf("second node: %.2fx the denials/s of one%n", two.denialsPerSecond() / one.denialsPerSecond());

            long denials = count(o.db, "select count(*) from denial");
            long dbFull = dbSize(o.db);
            System.out.printf("ledger: %d claims, %d denials, %d open process instances, %d timer jobs%n",
                    count(o.db, "select count(*) from remittance_claim"), denials,
                    count(o.db, "select count(*) from act_ru_execution where parent_id_ is null"),
                    count(o.db, "select count(*) from act_ru_job where type_ = 'timer'"));
            System.out.printf("database: %.1f MB empty schema, %.1f MB now: %.1f KB per denial (all tables, indexes, history)%n",
                    dbEmpty / 1e6, dbFull / 1e6, (dbFull - dbEmpty) / 1e3 / Math.max(1, denials));
            memory("after import", a, b);

            tasklist(a, 25);
            timerLag(o, a, b);
            memory("at the end", a, b);
        } finally {
            a.close();
            if (b != null) {
                b.close();
            }
        }
    }

    static Map<String, String> environment(BenchmarkDatabase db, Path inbox) {
        return Map.of("SPRING_PROFILES_ACTIVE", "postgres", "DENIALFLOW_DB_URL", db.url(), "DENIALFLOW_DB_USER", db.user(),
                "DENIALFLOW_DB_PASSWORD", db.password(), "DENIALFLOW_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "DENIALFLOW_INBOX_FOLDER", inbox.toString());
    }

    static List<String> arguments() {
        return List.of("--denialflow.demo.enabled=true", "--denialflow.demo.password=demo",
                "--denialflow.demo.load-work=false", "--logging.level.root=WARN",
                "--logging.level.org.denialflow.platform=INFO");
    }

    record Rate(long claims, long denials, double seconds) {
        double denialsPerSecond() {
            return denials / seconds;
        }
    }

    /** Drops files {@code from..to} into the shared inbox, asks every node to take in, and times until all are done. */
    static Rate importPhase(BenchmarkDatabase db, SyntheticRemittances remittances, int from, int to, Path inbox,
                            List<ClusterNode> nodes) throws Exception {
        long claimsBefore = count(db, "select count(*) from remittance_claim");
        long denialsBefore = count(db, "select count(*) from denial");
        long importsBefore = count(db, "select count(*) from import_file");
        for (int i = from; i < to; i++) {
            Path hidden = inbox.resolve(".volume-" + i + ".part");
            Files.write(hidden, remittances.fileAsBytes(i));
            Files.move(hidden, inbox.resolve(String.format("volume-%05d.835", i)), StandardCopyOption.ATOMIC_MOVE);
        }
        Instant started = Instant.now();
        List<CompletableFuture<HttpResponse<String>>> requests = new ArrayList<>();
        for (ClusterNode node : nodes) {
            requests.add(CompletableFuture.supplyAsync(() -> node.postJson("/api/imports/inbox", "", "admin", ADMIN_PASSWORD)));
        }
        for (CompletableFuture<HttpResponse<String>> request : requests) {
            if (request.get().statusCode() != 202) {
                throw new IllegalStateException("intake not started: " + request.get().body());
            }
        }
        long expected = importsBefore + (to - from);
        awaitTrue("imports of files " + from + ".." + to, Duration.ofHours(3), () ->
                count(db, "select count(*) from import_file where status in ('IMPORTED', 'QUARANTINED')") >= expected);
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1e3;
        return new Rate(count(db, "select count(*) from remittance_claim") - claimsBefore,
                count(db, "select count(*) from denial") - denialsBefore, seconds);
    }

    static void print(String label, Rate rate) {
        System.out.printf("%s: %d claims, %d denials in %.1f s = %.0f claims/s, %.1f denials/s (each with its process)%n",
                label, rate.claims, rate.denials, rate.seconds, rate.claims / rate.seconds, rate.denialsPerSecond());
    }

    static void memory(String when, ClusterNode... nodes) {
        for (ClusterNode node : nodes) {
            if (node == null) {
                continue;
            }
            String metrics = node.get("/actuator/prometheus", "admin", ADMIN_PASSWORD).body();
            double heap = 0;
            Matcher m = Pattern.compile("jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.eE+]+)").matcher(metrics);
            while (m.find()) {
                heap += Double.parseDouble(m.group(1));
            }
            System.out.printf("memory %s, %s: %.0f MB resident, %.0f MB heap used%n", when, node.name,
                    node.residentBytes() / 1e6, heap / 1e6);
        }
    }

    static void tasklist(ClusterNode node, int repetitions) {
        for (Team team : Team.values()) {
            if (!team.worksDenials() && team != Team.SUPERVISORS) {
                continue;
            }
            String user = team.demoUserId();
            String filters = node.get("/engine-rest/filter?resourceType=Task", user, "demo").body();
            Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(filters);
            String filterId = id.find() ? id.group(1) : null;
            long tasks = Long.parseLong(node.get("/engine-rest/task/count", user, "demo").body().replaceAll("[^0-9]", ""));
            List<Long> countMs = new ArrayList<>();
            List<Long> pageMs = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                if (filterId != null) {
                    countMs.add(timed(() -> node.get("/engine-rest/filter/" + filterId + "/count", user, "demo")));
                }
                pageMs.add(timed(() -> node.get("/engine-rest/task?sortBy=priority&sortOrder=desc&firstResult=0&maxResults=15",
                        user, "demo")));
            }
            System.out.printf("tasklist %-18s %6d tasks visible: filter count median %d ms (p95 %d), first page median %d ms (p95 %d)%n",
                    team.groupId(), tasks, percentile(countMs, 50), percentile(countMs, 95), percentile(pageMs, 50),
                    percentile(pageMs, 95));
        }
    }

    private static void timerLag(Options o, ClusterNode a, ClusterNode b) throws Exception {
        String key = "volume-timer";
        String model = Bpmn.convertToString(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                .intermediateCatchEvent("deadline").timerWithDate("${due}").intermediateThrowEvent("timer-fired")
                .endEvent().done());
        HttpResponse<String> deployed = a.postMultipart("/engine-rest/deployment/create",
                Map.of("deployment-name", key, "enable-duplicate-filtering", "true"), key + ".bpmn", key + ".bpmn",
                model.getBytes(StandardCharsets.UTF_8), "admin", ADMIN_PASSWORD);
        if (deployed.statusCode() != 200) {
            throw new IllegalStateException(deployed.body());
        }
        // All due at one instant (the worst case of a daily peak), after every instance has been started.
        Instant due = Instant.now().plusSeconds(30 + o.timers / 40);
        String body = "{\"variables\":{\"due\":{\"value\":\"" + due + "\",\"type\":\"Date\"}}}";
        body = body.replace(due.toString(), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
                .withZone(java.time.ZoneOffset.UTC).format(due));
        String start = body;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> starts = new ArrayList<>();
        for (int i = 0; i < o.timers; i++) {
            ClusterNode node = i % 2 == 0 ? a : b;
            starts.add(pool.submit(() -> node.postJson("/engine-rest/process-definition/key/" + key + "/start", start,
                    "admin", ADMIN_PASSWORD).statusCode()));
        }
        for (Future<Integer> s : starts) {
            if (s.get() != 200) {
                throw new IllegalStateException("start failed: " + s.get());
            }
        }
        pool.shutdown();
        Instant allStarted = Instant.now();
        System.out.printf("timers: %d started, due at %s (%.0f s after the last start)%n", o.timers, due,
                Duration.between(allStarted, due).toMillis() / 1e3);
        awaitTrue("timers fired", Duration.ofHours(1), () ->
                count(o.db, "select count(*) from act_hi_procinst where proc_def_key_ = '" + key + "' and end_time_ is not null") >= o.timers);
        List<Long> lags = new ArrayList<>();
        try (Connection c = o.db.connect(); PreparedStatement s = c.prepareStatement(
                "select end_time_ from act_hi_actinst where proc_def_key_ = ? and act_id_ = 'deadline'")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lags.add(Duration.between(due, rs.getTimestamp(1).toInstant()).toMillis());
                }
            }
        }
        Collections.sort(lags);
        System.out.printf("timer lag after the due instant: median %.1f s, p95 %.1f s, max %.1f s (all %d fired once: %s)%n",
                percentile(lags, 50) / 1e3, percentile(lags, 95) / 1e3, lags.get(lags.size() - 1) / 1e3, lags.size(),
                count(o.db, "select count(*) from act_hi_actinst where proc_def_key_ = '" + key + "' and act_id_ = 'timer-fired'") == o.timers);
    }

    static long timed(Runnable call) {
        long started = System.nanoTime();
        call.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static void awaitReady(ClusterNode node) throws InterruptedException {
        awaitTrue(node.name + " ready", Duration.ofMinutes(5), node::isReady);
    }

    /** Polls a condition until it holds or the deadline passes. */
    static void awaitTrue(String what, Duration deadline, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(deadline);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException("Not done within " + deadline + ": " + what);
            }
            Thread.sleep(250);
        }
    }

    static long dbSize(BenchmarkDatabase db) {
        return count(db, "select pg_database_size(current_database())");
    }

    static long count(BenchmarkDatabase db, String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static final class Options {
        long claims = 40_000;
        int claimsPerFile = 1_000;
        int timers = 5_000;
        long seed = 42;
        final BenchmarkDatabase db = new BenchmarkDatabase("denialflow_volume");

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--claims" -> o.claims = Long.parseLong(value);
                    case "--claims-per-file" -> o.claimsPerFile = Integer.parseInt(value);
                    case "--timers" -> o.timers = Integer.parseInt(value);
                    case "--seed" -> o.seed = Long.parseLong(value);
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
