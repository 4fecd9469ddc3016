package org.denialflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.denialflow.workflow.LifecycleDriver.SAMPLE_TODAY;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.denialflow.appeal.AppealLetter;
import org.denialflow.appeal.AppealLetters;
import org.denialflow.appeal.AppealPackets;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.denialflow.ingest.ImportService;
import org.denialflow.support.H2ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Completing "Submit appeal" records the packet assembled for that level as the one sent. */
@H2ApplicationTest
class PacketSubmissionTest {

    @Autowired
    ImportService imports;
    @Autowired
    DenialRepository denials;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AppealLetters letters;
    @Autowired
    AppealPackets packets;

    LifecycleDriver driver;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(SAMPLE_TODAY);
        driver = new LifecycleDriver(imports, denials, jdbc, runtimeService, taskService, managementService,
                identityService);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theAssembledPacketIsAuditedAsSentWithTheAppeal() {
        Denial denial = driver.importDenial("PKSUB", "CO-50", null, "MC");
        driver.complete(denial.id(), "review-documentation", "claire", "documentationDecision", "APPEAL");
        AppealLetter draft = letters.create(denial.id(), "general-reconsideration", Map.of(), "arthur");
        letters.makeFinal(denial.id(), draft.id(), "arthur");
        packets.assemble(denial.id(), null, "arthur");

        driver.complete(denial.id(), "prepare-appeal-packet", "arthur", "documents", "letter");
        assertThat(packets.latest(denial.id(), 1)).hasValueSatisfying(p -> assertThat(p.submittedAt()).isNull());
        driver.complete(denial.id(), "submit-appeal", "arthur", "channel", "PORTAL", "submittedOn", "2004-11-03",
                "reference", "APL-PKSUB");

        assertThat(packets.latest(denial.id(), 1)).hasValueSatisfying(p -> assertThat(p.submittedAt()).isNotNull());
        assertThat(driver.auditActions(denial.id())).contains("APPEAL_PACKET_SUBMITTED");
    }

    @Test
    void anAppealSentWithoutADenialFlowPacketIsNotBlocked() {
        Denial denial = driver.importDenial("PKNONE", "CO-50", null, "MC");
        driver.complete(denial.id(), "review-documentation", "claire", "documentationDecision", "APPEAL");
        driver.complete(denial.id(), "prepare-appeal-packet", "arthur", "documents", "payer portal form");
        driver.complete(denial.id(), "submit-appeal", "arthur", "channel", "PORTAL", "submittedOn", "2004-11-03",
                "reference", "APL-PKNONE");

        assertThat(driver.openTaskKeys(denial.id())).doesNotContain("submit-appeal");
        assertThat(driver.auditActions(denial.id())).doesNotContain("APPEAL_PACKET_SUBMITTED");
    }
}
