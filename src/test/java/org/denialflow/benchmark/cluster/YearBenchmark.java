package org.denialflow.benchmark.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.denialflow.cluster.ClusterNode;

/**
 * A year of a large health system, printed, not asserted (docs/benchmarks.md "A year on the cluster"):
 * the ledger filled to {@code --denials} by SQL, then {@code --open} open denials started through the
 * application's own start path (each with its triage, its task and four deadline timers), then, on a
 * real node ({@code target/denialflow.jar}, profile postgres): Tasklist counts and first pages per team
 * with the engine's statistics as found and after ANALYZE, with and without custom plans, the job
 * acquisition select, resident memory, database size per denial and per open instance, and the lag of
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
        try (ClusterNode node = node("year-generic-plans", o, work, inbox, "auto")) {
            VolumeBenchmark.memory("at start", node);
            db.acquisition("statistics as found");
            System.out.println("-- Tasklist, engine statistics as found, plan_cache_mode auto --");
            VolumeBenchmark.tasklist(node, o.repeatStale);
            db.analyzeEngineTables();
            db.acquisition("after ANALYZE");
            System.out.println("-- Tasklist after ANALYZE, plan_cache_mode auto --");
            VolumeBenchmark.tasklist(node, o.repeat);
        }
        try (ClusterNode node = node("year-custom-plans", o, work, inbox, "force_custom_plan")) {
            System.out.println("-- Tasklist after ANALYZE, plan_cache_mode force_custom_plan --");
            VolumeBenchmark.tasklist(node, o.repeat);
            VolumeBenchmark.memory("after Tasklist", node);
            db.timerLag(o.timers, node);
            VolumeBenchmark.memory("after the timers", node);
        }
        db.size();
    }

    /** A production node with the PostgreSQL plan cache mode for its connections set explicitly. */
    private static ClusterNode node(String name, YearOptions o, Path work, Path inbox, String planCacheMode)
            throws Exception {
        List<String> arguments = new ArrayList<>(VolumeBenchmark.arguments());
        arguments.add("--spring.datasource.hikari.data-source-properties.options=-c plan_cache_mode=" + planCacheMode);
        ClusterNode node = ClusterNode.start(name, ClusterNode.findJar(), work, VolumeBenchmark.environment(o.db, inbox),
                arguments, VolumeBenchmark.JVM);
        long started = System.nanoTime();
        VolumeBenchmark.awaitReady(node);
        System.out.printf("node %s ready in %.0f s (plan_cache_mode %s)%n", name, (System.nanoTime() - started) / 1e9,
                planCacheMode);
        return node;
    }
}
