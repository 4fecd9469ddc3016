package org.denialflow.benchmark.cluster;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.denialflow.DenialFlowApplication;
import org.denialflow.benchmark.BenchmarkDatabase;
import org.denialflow.denial.DenialRepository;
import org.denialflow.denial.DenialWorkflow;
import org.denialflow.ingest.ImportChannel;
import org.denialflow.ingest.ImportService;
import org.denialflow.ingest.synthetic.SyntheticRemittances;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application in this JVM (no web server, job executor off): imports the template file the ledger
 * is copied from, then starts the lifecycle of open denials through the application's own start path
 * ({@link DenialWorkflow#startDenial}, as an import does), so each instance has its real triage, task
 * and deadline timers. Resumable: it starts the open denials that have no process yet.
 */
final class YearStarts implements AutoCloseable {

    private final ConfigurableApplicationContext app;
    private final JdbcTemplate jdbc;

    private YearStarts(ConfigurableApplicationContext app) {
        this.app = app;
        this.jdbc = app.getBean(JdbcTemplate.class);
    }

    static YearStarts boot(BenchmarkDatabase db) {
        List<String> arguments = new ArrayList<>(List.of(db.springArguments()));
        arguments.add("--denialflow.admin.password=" + VolumeBenchmark.ADMIN_PASSWORD);
        arguments.add("--logging.level.org.denialflow=WARN");
        arguments.addAll(List.of(DenialFlowApplication.WITHOUT_WEB_SERVER));
        return new YearStarts(new SpringApplicationBuilder(DenialFlowApplication.class).profiles("postgres")
                .run(arguments.toArray(String[]::new)));
    }

    /** Imports one synthetic 835 whose denials (each started as an import starts it) are the ledger's template. */
    long importTemplate(int claims) {
        SyntheticRemittances file = SyntheticRemittances.builder().seed(8).claims(claims).claimsPerFile(claims)
                .denialRate(0.12).startDate(LocalDate.now().minusDays(40)).build();
        return app.getBean(ImportService.class).importFile("year-template.835", file.fileAsBytes(0),
                ImportChannel.COMMAND_LINE, "year-benchmark").importId();
    }

    record Rate(long started, double seconds) {
        double perSecond() {
            return started / Math.max(seconds, 1e-9);
        }
    }

    /** Starts open denials without a process, newest first, until {@code target} are open or the budget is spent. */
    Rate startOpen(long target, Duration budget, int threads) throws Exception {
        long already = jdbc.queryForObject(
                "select count(*) from denial where status = 'OPEN' and process_instance_id is not null", Long.class);
        long wanted = Math.max(0, target - already);
        List<Long> ids = jdbc.queryForList("select id from denial where status = 'OPEN' and process_instance_id is null"
                + " order by id desc limit " + wanted, Long.class);
        DenialRepository denials = app.getBean(DenialRepository.class);
        DenialWorkflow workflow = app.getBean(DenialWorkflow.class);
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        long deadline = System.nanoTime() + budget.toNanos();
        long began = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < ids.size() && System.nanoTime() < deadline;
                     i = next.getAndIncrement()) {
                    long id = ids.get(i);
                    transaction.executeWithoutResult(status ->
                            denials.setProcessInstance(id, workflow.startDenial(denials.get(id))));
                    long n = done.incrementAndGet();
                    if (n % 5_000 == 0) {
                        System.out.printf("started %d of %d (%.1f/s)%n", n, ids.size(), n / ((System.nanoTime() - began) / 1e9));
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return new Rate(done.get(), (System.nanoTime() - began) / 1e9);
    }

    @Override
    public void close() {
        app.close();
    }
}
