package org.denialflow.benchmark.intake;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.denialflow.DenialFlowApplication;
import org.denialflow.benchmark.BenchmarkDatabase;
import org.denialflow.ingest.ImportChannel;
import org.denialflow.ingest.ImportResult;
import org.denialflow.ingest.ImportService;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.synthetic.SyntheticRemittances;
import org.denialflow.ingest.x12.X12Reader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Intake throughput on PostgreSQL, printed, not asserted. Generates N claims (about 12% denied) as
 * 835 files, then measures on one database in one run:
 * <ol>
 *   <li>parsing alone (claims per second),</li>
 *   <li>the whole import, file to ledger to started denial process (claims and denials per second),
 *       with one and with two importing threads,</li>
 *   <li>the bare engine starting a one-step process at the same history level,</li>
 * </ol>
 * and the ratio of denials per second to bare starts per second.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.denialflow.benchmark.intake.IntakeBenchmark \
 *     -Dexec.args="--claims 20000 --threads 2"
 * </pre>
 * It uses (and empties) the database {@code denialflow_bench} on 127.0.0.1:5432, creating it as the
 * {@code postgres} user when missing (override with --db-url, --db-user, --admin-url).
 */
public final class IntakeBenchmark {

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        options.db.prepareEmpty();

        SyntheticRemittances remittances = SyntheticRemittances.builder().seed(options.seed).claims(options.claims)
                .denialRate(0.12).claimsPerFile(options.claimsPerFile).startDate(LocalDate.of(2026, 1, 5)).build();
        List<byte[]> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < remittances.fileCount(); i++) {
            byte[] file = remittances.fileAsBytes(i);
            files.add(file);
            bytes += file.length;
        }
        System.out.printf("Generated %d claims in %d files (%.1f MB)%n", options.claims, files.size(), bytes / 1e6);

        measureParsing(files);

        try (ConfigurableApplicationContext app = start(options)) {
            ImportService imports = app.getBean(ImportService.class);
            int half = files.size() / 2;
            Rate oneThread = importAll(imports, files.subList(0, half), 1);
            Rate twoThreads = importAll(imports, files.subList(half, files.size()), options.threads);
            print("import, 1 thread", oneThread);
            print("import, " + options.threads + " threads", twoThreads);

            double bareStarts = bareEngineStarts(app, Math.max(2000, (int) oneThread.denials));
            System.out.printf("bare engine, one-step process, 1 thread: %.0f starts/s%n", bareStarts);
            System.out.printf("ratio denials-to-started-process / bare starts: %.2f (1 thread), %.2f (%d threads)%n",
                    oneThread.denialsPerSecond() / bareStarts, twoThreads.denialsPerSecond() / bareStarts,
                    options.threads);
        }
    }

    private static void measureParsing(List<byte[]> files) {
        X12Reader reader = new X12Reader();
        for (byte[] file : files.subList(0, Math.min(3, files.size()))) {
            reader.read(new ByteArrayInputStream(file));
        }
        long claims = 0;
        long started = System.nanoTime();
        for (byte[] file : files) {
            ParsedFile parsed = reader.read(new ByteArrayInputStream(file));
            claims += parsed.remittances().stream().mapToLong(r -> r.claims().size()).sum();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("parse only: %d claims in %.2f s = %.0f claims/s%n", claims, seconds, claims / seconds);
    }

    record Rate(long claims, long denials, double seconds) {
        double denialsPerSecond() {
            return denials / seconds;
        }
    }

    private static Rate importAll(ImportService imports, List<byte[]> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<ImportResult>> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            byte[] file = files.get(i);
            String name = "bench-" + threads + "-" + i + ".835";
            results.add(pool.submit(() -> imports.importFile(name, file, ImportChannel.COMMAND_LINE, "benchmark")));
        }
        long claims = 0;
        long denials = 0;
        for (Future<ImportResult> result : results) {
            ImportResult r = result.get();
            claims += r.counts().claims;
            denials += r.counts().denied + r.counts().partiallyDenied;
        }
        pool.shutdown();
        return new Rate(claims, denials, (System.nanoTime() - started) / 1e9);
    }

    private static void print(String label, Rate rate) {
        System.out.printf("%s: %d claims, %d denials in %.2f s = %.0f claims/s, %.0f denials/s to a started process%n",
                label, rate.claims, rate.denials, rate.seconds, rate.claims / rate.seconds, rate.denialsPerSecond());
    }

    private static double bareEngineStarts(ConfigurableApplicationContext app, int count) {
        RepositoryService repository = app.getBean(RepositoryService.class);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        repository.createDeployment().name("benchmark-one-step")
                .addModelInstance("benchmark-one-step.bpmn", Bpmn.createExecutableProcess("benchmark-one-step")
                        .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
                .deploy();
        for (int i = 0; i < 300; i++) {
            runtime.startProcessInstanceByKey("benchmark-one-step", Map.of("denialId", (long) i));
        }
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            runtime.startProcessInstanceByKey("benchmark-one-step", "b" + i, Map.of("denialId", (long) i));
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    private static ConfigurableApplicationContext start(Options options) {
        // Command-line arguments, not default properties: application.yaml would override those.
        List<String> arguments = new ArrayList<>(List.of(options.db.springArguments()));
        arguments.add("--denialflow.admin.password=benchmark-Passw0rd!");
        arguments.add("--logging.level.org.denialflow=WARN");
        arguments.addAll(List.of(DenialFlowApplication.WITHOUT_WEB_SERVER));
        return new SpringApplicationBuilder(DenialFlowApplication.class).profiles("postgres")
                .run(arguments.toArray(String[]::new));
    }

    static final class Options {
        long claims = 20_000;
        long seed = 42;
        int claimsPerFile = 1_000;
        int threads = 2;
        final BenchmarkDatabase db = new BenchmarkDatabase("denialflow_bench");

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--claims" -> o.claims = Long.parseLong(value);
                    case "--seed" -> o.seed = Long.parseLong(value);
                    case "--claims-per-file" -> o.claimsPerFile = Integer.parseInt(value);
                    case "--threads" -> o.threads = Integer.parseInt(value);
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
