package org.denialflow.platform.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.denialflow.ingest.ImportChannel;
import org.denialflow.ingest.ImportResult;
import org.denialflow.ingest.ImportService;
import org.denialflow.ingest.synthetic.SyntheticAcknowledgments;
import org.denialflow.ingest.synthetic.SyntheticRemittances;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills a new demo database with work: generated (synthetic, seeded) remittances and
 * acknowledgments, imported as any payer's file would be, so Tasklist and Cockpit are not empty.
 * Runs once: a database that has demo imports is left alone.
 */
@Component
@Order(40)
@ConditionalOnExpression("${denialflow.demo.enabled:false} and ${denialflow.demo.load-work:true}")
public class DemoWork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWork.class);
    private static final long SEED = 20260101L;

    private final ImportService imports;
    private final JdbcClient jdbc;
    private final Clock clock;

    public DemoWork(ImportService imports, JdbcClient jdbc, Clock clock) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long demoImports = jdbc.sql("select count(*) from import_file where channel = 'DEMO'").query(Long.class).single();
        if (demoImports > 0) {
            return;
        }
        LocalDate start = LocalDate.now(clock).minusDays(75);
        SyntheticRemittances remittances = SyntheticRemittances.builder().seed(SEED).claims(800).denialRate(0.12)
                .claimsPerFile(200).startDate(start).lineBreaks(true).build();
        int work = 0;
        for (int i = 0; i < remittances.fileCount(); i++) {
            work += importDemo("demo-remittance-" + (i + 1) + ".835", remittances.fileAsBytes(i));
        }
        SyntheticAcknowledgments acknowledgments = SyntheticAcknowledgments.builder().seed(SEED + 1).claims(300)
                .rejectionRate(0.08).claimsPerFile(150).startDate(start.plusDays(30)).lineBreaks(true).build();
        for (int i = 0; i < acknowledgments.fileCount(); i++) {
            work += importDemo("demo-acknowledgment-" + (i + 1) + ".277", acknowledgments.fileAsBytes(i));
        }
        log.info("Demo work loaded: {} denials and rejections to work", work);
    }

    private int importDemo(String name, byte[] content) {
        ImportResult result = imports.importFile(name, content, ImportChannel.DEMO, "demo");
        return result.counts().newWorkItems();
    }
}
