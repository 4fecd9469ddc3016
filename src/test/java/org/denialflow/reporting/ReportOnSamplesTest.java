package org.denialflow.reporting;

import org.denialflow.denial.DenialScope;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.denialflow.ingest.ImportChannel;
import org.denialflow.ingest.ImportService;
import org.denialflow.support.H2ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The reports over the real sample remittances and acknowledgments: every figure equals what the
 * ledger rows, counted one by one, say it should.
 */
@H2ApplicationTest
@TestPropertySource(properties = "denialflow.test.context=reporting")
class ReportOnSamplesTest {

    static final Period ALL = new Period(LocalDate.of(1990, 1, 1), LocalDate.of(2040, 12, 31));

    @Autowired
    ImportService imports;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theReportsAgreeWithTheLedgerOnTheRealSamples() throws IOException {
        ReportFixture.clear(jdbc);
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/x12/samples"))) {
            samples = files.filter(f -> !f.getFileName().toString().equals("NOTICE")).sorted().toList();
        }
        for (Path sample : samples) {
            imports.importFile(sample.getFileName().toString(), Files.readAllBytes(sample), ImportChannel.COMMAND_LINE, "test");
        }
        long claims = count("select count(*) from remittance_claim where outcome <> 'REVERSAL' and payment_date is not null");
        long denied = count("select count(*) from remittance_claim where outcome in ('DENIED', 'PARTIALLY_DENIED')"
                + " and payment_date is not null");
        assertThat(claims).isPositive();
        assertThat(denied).isPositive();

        Report rate = reports.report("denial-rate", ALL, "payer", DenialScope.everything());
        assertThat(rate.totals()).containsEntry("claims", claims).containsEntry("denied_claims", denied);
        assertThat(rate.rows().stream().mapToLong(r -> (Long) r.get("claims")).sum()).isEqualTo(claims);

        long denials = count("select count(*) from denial");
        assertThat(reports.report("top-reasons", ALL, "100", DenialScope.everything()).totals()).containsEntry("denials", denials);
        assertThat(reports.report("backlog", ALL, "age", DenialScope.everything()).totals())
                .containsEntry("denials", count("select count(*) from denial where status = 'OPEN'"));
        Report byTeam = reports.report("time-to-resolution", ALL, "team", DenialScope.everything());
        assertThat(byTeam.rows().stream().mapToLong(r -> (Long) r.get("denials")).sum()).isEqualTo(denials);

        long acknowledged = count("select count(*) from (select distinct payer_key, patient_control_number,"
                + " extract(year from status_date), extract(month from status_date) from claim_acknowledgment"
                + " where status_date is not null and (accepted or rejected)) x");
        assertThat(reports.report("clean-claim-rate", ALL, "payer", DenialScope.everything()).totals())
                .containsEntry("claims", acknowledged);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
