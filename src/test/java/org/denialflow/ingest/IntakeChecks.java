package org.denialflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.denialflow.support.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Intake end to end: real files in, ledger rows and their processes out. Runs on H2 and PostgreSQL. */
abstract class IntakeChecks {

    static final String DENIED_835 = "pyx12__835_mult_loops.txt";
    static final String REJECTED_277CA = "Project-Herophilus-Assets__277CA_Sample_Rejected_.txt";
    static final String TRUNCATED_277 = "OopFactory-X12Parser__INS-277-5010__FromBogeyone.txt";

    @Autowired
    ImportService imports;
    @Autowired
    ImportLog importLog;
    @Autowired
    DenialRepository denials;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    FileReaders readers;
    @Autowired
    LedgerPosting ledger;
    @Autowired
    PlatformTransactionManager transactions;

    /**
     * Each test gets its own claims (patient control and payer claim numbers suffixed with its tag),
     * so tests sharing one database stay independent, on H2 as on PostgreSQL.
     */
    static byte[] unique(String sample, String tag) {
        return Samples.text(sample)
                .replace("2005555A", "2005555A" + tag).replace("4276512332", "4276512332" + tag)
                .replace("3920394930203", "3920394930203" + tag)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aDeniedClaimBecomesADenialWithItsProcess() {
        ImportResult result = imports.importFile("remit.835", unique(DENIED_835, "PRC"), ImportChannel.UPLOAD, "beatrice");

        assertThat(result.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(result.counts().claims).as(result.message() + " " + result.problems()).isEqualTo(1);
        assertThat(result.counts().denied).isEqualTo(1);
        Denial denial = denialsOf(result.importId()).get(0);
        assertThat(denial.kind()).isEqualTo("DENIED");
        assertThat(denial.reasonCode()).isEqualTo("CO-16");
        assertThat(denial.primaryRarcs()).isEqualTo("N14");
        assertThat(denial.payerClaimNumber()).isEqualTo("4276512332PRC");
        assertThat(denial.patientControlNumber()).isEqualTo("2005555APRC");
        assertThat(denial.amountAtRisk()).isEqualByComparingTo("915.39");

        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(denial.id())).singleResult();
        assertThat(instance).isNotNull();
        assertThat(instance.getId()).isEqualTo(denial.processInstanceId());
        assertThat(runtimeService.getVariable(instance.getId(), "claimNumber")).isEqualTo("4276512332PRC");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

        long adjustments = jdbc.sql("select count(*) from claim_adjustment a join remittance_claim c on c.id = a.claim_id where c.import_id = ?")
                .param(result.importId()).query(Long.class).single();
        assertThat(adjustments).isEqualTo(3);
        long lineRemarks = jdbc.sql("select count(*) from claim_remark r join remittance_claim c on c.id = r.claim_id where c.import_id = ? and r.code = 'N14'")
                .param(result.importId()).query(Long.class).single();
        assertThat(lineRemarks).isEqualTo(3);
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        byte[] file = unique(DENIED_835, "TWC");
        ImportResult first = imports.importFile("remit.835", file, ImportChannel.UPLOAD, "beatrice");
        long denialsBefore = countDenials();
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();

        ImportResult second = imports.importFile("renamed.835", file, ImportChannel.INBOX, "inbox");

        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.importId()).isEqualTo(first.importId());
        assertThat(countDenials()).isEqualTo(denialsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void theSameClaimInAnotherFileIsNotADenialTwice() {
        byte[] file = unique(DENIED_835, "AGN");
        imports.importFile("remit.835", file, ImportChannel.UPLOAD, "beatrice");
        long denialsBefore = countDenials();
        byte[] sameClaimOtherEnvelope = new String(file, StandardCharsets.ISO_8859_1)
                .replace("000238388", "000238399").getBytes(StandardCharsets.ISO_8859_1);

        ImportResult second = imports.importFile("resent.835", sameClaimOtherEnvelope, ImportChannel.UPLOAD, "beatrice");

        assertThat(second.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(second.counts().duplicateClaims).isEqualTo(1);
        assertThat(countDenials()).isEqualTo(denialsBefore);
    }

    @Test
    void aPostingThatLosesARaceWithAnotherNodeIsPostedAgainWhole() {
        // What another node's posting of the same new payer or claim at the same moment looks like:
        // the first attempt's insert meets the other's row on a unique key, after it posted everything else.
        AtomicInteger attempts = new AtomicInteger();
        LedgerPosting losingOnce = (importId, file) -> {
            ImportCounts counts = ledger.post(importId, file);
            if (attempts.incrementAndGet() == 1) {
                throw new DuplicateKeyException("uq_payer_key (simulated concurrent insert)");
            }
            return counts;
        };
        ImportService racing = new ImportService(importLog, readers, losingOnce, transactions, Clock.systemUTC(),
                Duration.ofMinutes(5));
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();

        ImportResult result = racing.importFile("raced.835", unique(DENIED_835, "RAC"), ImportChannel.INBOX, "inbox");

        assertThat(attempts).hasValue(2);
        assertThat(result.status()).as(result.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(denialsOf(result.importId())).hasSize(1)
                .allSatisfy(d -> assertThat(d.processInstanceId()).isNotNull());
        assertThat(runtimeService.createProcessInstanceQuery().count()).as("the first attempt's process rolled back")
                .isEqualTo(instancesBefore + 1);
        assertThat(jdbc.sql("select count(*) from remittance_claim where import_id = ?").param(result.importId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBrokenFileIsQuarantinedWholeAndKeptByteForByte() {
        byte[] broken = Samples.bytes(TRUNCATED_277);
        long rejectionsBefore = jdbc.sql("select count(*) from rejection").query(Long.class).single();

        ImportResult result = imports.importFile("truncated.277", broken, ImportChannel.UPLOAD, "beatrice");

        assertThat(result.status()).isEqualTo(ImportStatus.QUARANTINED);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.isError()).isTrue());
        assertThat(importLog.problems(result.importId())).isNotEmpty();
        assertThat(importLog.find(result.importId()).orElseThrow().status()).isEqualTo("QUARANTINED");
        assertThat(importLog.content(result.importId()).orElseThrow()).isEqualTo(broken);
        assertThat(jdbc.sql("select count(*) from rejection").query(Long.class).single()).isEqualTo(rejectionsBefore);
        assertThat(jdbc.sql("select count(*) from claim_acknowledgment where import_id = ?").param(result.importId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRejectionStartsItsCorrectionAndALaterAcceptanceClosesIt() {
        ImportResult rejected = imports.importFile("ack.277", unique(REJECTED_277CA, "ACC"), ImportChannel.UPLOAD, "beatrice");
        assertThat(rejected.counts().rejected).isEqualTo(1);
        var rejection = jdbc.sql("select id, status_category, status_code, entity_code, process_instance_id from rejection where import_id = ?")
                .param(rejected.importId())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)})
                .single();
        assertThat(rejection[1]).isEqualTo("A7");
        assertThat(rejection[2]).isEqualTo("562");
        assertThat(rejection[3]).isEqualTo("85");
        String instanceId = (String) rejection[4];
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(1);

        byte[] acceptance = new String(unique(REJECTED_277CA, "ACC"), StandardCharsets.ISO_8859_1)
                .replace("STC*A7|562|85*20110311", "STC*A2|20*20110318").getBytes(StandardCharsets.ISO_8859_1);
        ImportResult accepted = imports.importFile("ack2.277", acceptance, ImportChannel.UPLOAD, "beatrice");

        assertThat(accepted.counts().accepted).isGreaterThanOrEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        assertThat(jdbc.sql("select status || ':' || outcome from rejection where id = ?").param(rejection[0])
                .query(String.class).single()).isEqualTo("CLOSED:ACCEPTED");
    }

    @Test
    void aLaterPaymentRecoversTheDenialInsteadOfCreatingAnother() {
        byte[] denied = unique(DENIED_835, "REC");
        ImportResult first = imports.importFile("remit.835", denied, ImportChannel.UPLOAD, "beatrice");
        Denial denial = denialsOf(first.importId()).get(0);

        byte[] paidLater = new String(denied, StandardCharsets.ISO_8859_1)
                .replace("BPR*H*0*C*NON", "BPR*I*915.39*C*CHK")
                .replace("TRN*1*000000000*", "TRN*1*000000777*")
                .replace("CLP*2005555AREC*4*915.39*0**", "CLP*2005555AREC*1*915.39*915.39**")
                .getBytes(StandardCharsets.ISO_8859_1);
        ImportResult second = imports.importFile("remit-later.835", paidLater, ImportChannel.UPLOAD, "beatrice");

        assertThat(second.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(second.counts().paymentMatches).isEqualTo(1);
        assertThat(second.counts().denied + second.counts().partiallyDenied)
                .as("the paid claim is matched to the open denial, not a new one").isLessThanOrEqualTo(1);
        assertThat(denialsOf(second.importId())).isEmpty();
        Denial after = denials.get(denial.id());
        assertThat(after.recoveredAmount()).isEqualByComparingTo(new BigDecimal("915.39"));
        assertThat(after.status()).isEqualTo("CLOSED");
        assertThat(after.outcome()).isEqualTo("RECOVERED_IN_FULL");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(denial.processInstanceId()).count()).isZero();
    }

    @Test
    void aClearinghouseReportFeedsTheSameLedger() throws Exception {
        byte[] report;
        try (var in = getClass().getResourceAsStream("/csv/standard-report.csv")) {
            report = in.readAllBytes();
        }

        ImportResult result = imports.importFile("daily-report.csv", report, ImportChannel.UPLOAD, "beatrice");

        assertThat(result.status()).as("%s %s", result.message(), result.problems()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(result.counts().denied).isEqualTo(2);
        assertThat(result.counts().partiallyDenied).isEqualTo(1);
        assertThat(result.counts().rejected).isEqualTo(1);
        assertThat(result.counts().accepted).isEqualTo(1);
        assertThat(denialsOf(result.importId())).extracting(Denial::reasonCode)
                .containsExactlyInAnyOrder("CO-31", "CO-50", "CO-197");
        assertThat(denialsOf(result.importId())).allSatisfy(d -> assertThat(d.processInstanceId()).isNotNull());
        assertThat(importLog.find(result.importId()).orElseThrow().format()).isEqualTo("CSV_REPORT");
    }

    List<Denial> denialsOf(long importId) {
        return jdbc.sql("select id from denial where import_id = ? order by id").param(importId).query(Long.class).list()
                .stream().map(denials::get).toList();
    }

    long countDenials() {
        return jdbc.sql("select count(*) from denial").query(Long.class).single();
    }
}
