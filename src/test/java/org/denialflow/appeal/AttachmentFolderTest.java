package org.denialflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.DenialRepository;
import org.denialflow.support.H2ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** Attachments kept in a folder ({@code denialflow.appeal.attachment-folder}) instead of the database. */
@H2ApplicationTest
class AttachmentFolderTest {

    @Autowired
    AttachmentRepository repository;
    @Autowired
    DenialRepository denials;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @TempDir
    Path folder;

    Attachments attachments;
    long denialId;
    byte[] pdf = TestDocuments.pdf("Operative report");

    @BeforeEach
    void inAFolder() {
        attachments = new Attachments(repository, denials, audit,
                new AppealProperties(null, DataSize.ofMegabytes(10), folder), clock);
        denialId = new LedgerFixture(jdbc).denial();
    }

    @Test
    void theBytesLieInTheFolderAndTheRowNamesThem() throws IOException {
        Attachment added = transactions.execute(s -> attachments.add(denialId, "medical-records", "op.pdf",
                "application/pdf", pdf, null, "claire"));

        Path file = folder.resolve(denialId + "/" + added.sha256());
        assertThat(file).hasBinaryContent(pdf);
        assertThat(jdbc.sql("select content is null from denial_attachment where id = ?").param(added.id())
                .query(Boolean.class).single()).isTrue();
        assertThat(attachments.content(denialId, added.id())).isEqualTo(pdf);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aRolledBackUploadLeavesNoFileBehind() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
            attachments.add(denialId, "medical-records", "op.pdf", "application/pdf", pdf, null, "claire");
            throw new IllegalStateException("the database went away before the commit");
        })).hasMessageContaining("went away");

        assertThat(folder.resolve(String.valueOf(denialId))).isEmptyDirectory();
        assertThat(attachments.of(denialId)).isEmpty();
    }

    @Test
    void aFileChangedOutsideDenialFlowIsReportedNotServed() throws IOException {
        Attachment added = transactions.execute(s -> attachments.add(denialId, "medical-records", "op.pdf",
                "application/pdf", pdf, null, "claire"));
        Files.write(folder.resolve(denialId + "/" + added.sha256()), TestDocuments.pdf("Someone else's report"));

        assertThatThrownBy(() -> attachments.content(denialId, added.id())).hasMessageContaining("checksum");
    }

    @Test
    void removingTheAttachmentRemovesItsFileAfterTheCommit() {
        Attachment added = transactions.execute(s -> attachments.add(denialId, "medical-records", "op.pdf",
                "application/pdf", pdf, null, "claire"));
        transactions.executeWithoutResult(s -> attachments.remove(denialId, added.id(), "Wrong patient", "claire"));

        assertThat(folder.resolve(denialId + "/" + added.sha256())).doesNotExist();
    }
}
