package org.denialflow.benchmark.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.denialflow.cluster.ClusterNode;

/**
 * A year of a large health system, printed, not asserted (docs/benchmarks.md "A year on the cluster"):
 * the ledger filled to {@code --denials} by SQL, then {@code --open} open denials started through the
 * application's own start path (each with its triage, its task and four deadline timers), then, on a
 * real node ({@code target/denialflow.jar}, profile postgres): Tasklist counts and first pages per team
 * with the engine's statistics as found and after ANALYZE, the job acquisition select, import throughput
 * of {@code --import-claims} claims on one node and then on two (with the processor time each process
 * used), resident memory, database size per denial and per open instance, and the lag of
 * {@code --timers} deadlines falling due at one instant.
 * <pre>
 * ./mvnw -o -q package -DskipTests
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.denialflow.benchmark.cluster.YearBenchmark \
 *     --denials 1000000 --open 100000 --start-minutes 20 --timers 5000 --reuse true
 * </pre>
 * The database {@code denialflow_year} is emptied first unless {@code --reuse true}, which keeps the
 * ledger and continues starting toward {@code --open}; {@code --measure false} only fills and starts.
 */
public final class YearBenchmark {

    private YearBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        YearOptions o = YearOptions.parse(args);
        if (o.reuse) {
            o.db.createIfMissing();
        } else {
            o.db.prepareEmpty();
        }
        fillAndStart(o);
        if (o.measure) {
            measure(o);
        }
    }

    private static void fillAndStart(YearOptions o) throws Exception {
        try (YearStarts app = YearStarts.boot(o.db)) {
            YearMeasurements db = new YearMeasurements(o.db);
            if (db.count("select count(*) from denial") < o.denials) {
                long template = db.count("select coalesce(max(id), 0) from import_file where file_name = 'year-template.835'");
                if (template == 0) {
                    template = app.importTemplate(2_000);
                }
                double seconds = new YearLedger(o.db).fill(template, o.denials, o.open);
                System.out.printf("ledger filled by SQL in %.0f s%n", seconds);
            }
            YearStarts.Rate rate = app.startOpen(o.open, Duration.ofMinutes(o.startMinutes), o.threads);
            System.out.printf("process starts: %d in %.0f s = %.1f instances/s with %d threads (toward %d open)%n",
                    rate.started(), rate.seconds(), rate.perSecond(), o.threads, o.open);
            db.scale();
        }
    }

    private static void measure(YearOptions o) throws Exception {
        YearMeasurements db = new YearMeasurements(o.db);
        Path work = Path.of("target", "year").toAbsolutePath();
        Path inbox = work.resolve("inbox");
        Files.createDirectories(inbox);
        db.scale();
        db.size();
        db.statistics();
        try (ClusterNode a = node("year-a", o, work, inbox)) {
            VolumeBenchmark.memory("at start", a);
            db.acquisition("statistics as found");
            System.out.println("-- Tasklist, engine statistics as found --");
            VolumeBenchmark.tasklist(a, o.repeatStale);
            db.analyzeEngineTables();
            db.acquisition("after ANALYZE");
            System.out.println("-- Tasklist after ANALYZE --");
            VolumeBenchmark.tasklist(a, o.repeat);
            VolumeBenchmark.memory("after Tasklist", a);
            if (o.importClaims > 0) {
                YearImports imports = new YearImports(o.db, inbox, o.importClaims);
                VolumeBenchmark.Rate one = imports.oneNode(a);
                try (ClusterNode b = node("year-b", o, work, inbox)) {
                    VolumeBenchmark.Rate two = imports.twoNodes(a, b);
                    System.out.printf("second node: %.2fx the denials/s of one%n",
                            two.denialsPerSecond() / one.denialsPerSecond());
                    VolumeBenchmark.memory("after the imports", a, b);
                }
            }
            db.timerLag(o.timers, a);
            VolumeBenchmark.memory("after the timers", a);
        }
        db.scale();
        db.size();
    }

    private static ClusterNode node(String name, YearOptions o, Path work, Path inbox) throws Exception {
        ClusterNode node = ClusterNode.start(name, ClusterNode.findJar(), work, VolumeBenchmark.environment(o.db, inbox),
                VolumeBenchmark.arguments(), VolumeBenchmark.JVM);
        long started = System.nanoTime();
        VolumeBenchmark.awaitReady(node);
        System.out.printf("node %s ready in %.0f s%n", name, (System.nanoTime() - started) / 1e9);
        return node;
    }
}
