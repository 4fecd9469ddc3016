package org.denialflow.ingest.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.denialflow.ingest.ImportChannel;
import org.denialflow.ingest.ImportResult;
import org.denialflow.ingest.ImportService;
import org.denialflow.ingest.ImportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

/** Imports every file waiting in the inbox folder, oldest name first, and files it away. */
@Service
public class InboxImporter {

    private static final Logger log = LoggerFactory.getLogger(InboxImporter.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    public record InboxRun(int imported, int alreadyKnown, int quarantined, int failed, int newWorkItems) {
    }

    private final InboxProperties inbox;
    private final ImportService imports;
    private final Clock clock;
    /** Imports commit in their own transactions; a caller inside an engine command hands them here. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "inbox-import"));

    public InboxImporter(InboxProperties inbox, ImportService imports, Clock clock) {
        this.inbox = inbox;
        this.imports = imports;
        this.clock = clock;
    }

    /** For callers that run inside an engine transaction (the daily intake process). */
    public InboxRun importInboxOnWorker() {
        try {
            return worker.submit(this::importInbox).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Inbox import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    public synchronized InboxRun importInbox() {
        int imported = 0;
        int known = 0;
        int quarantined = 0;
        int failed = 0;
        int work = 0;
        for (Path file : waitingFiles()) {
            try {
                ImportResult result = importOne(file);
                if (result == null) {
                    continue; // another node took it and filed it away meanwhile
                }
                if (result.alreadyImported()) {
                    known++;
                    moveTo(file, inbox.processed());
                } else if (result.status() == ImportStatus.QUARANTINED) {
                    quarantined++;
                    moveTo(file, inbox.quarantine());
                } else if (result.status() == ImportStatus.IMPORTED) {
                    imported++;
                    work += result.counts().newWorkItems();
                    moveTo(file, inbox.processed());
                }
            } catch (RuntimeException e) {
                failed++;
                log.error("Inbox file {} could not be imported; it stays for the next run: {}",
                        file.getFileName(), e.getClass().getName());
            }
        }
        // Files stored earlier whose import never finished: an upload or inbox file whose node died.
        for (ImportResult result : imports.resumeAbandoned()) {
            if (result.status() == ImportStatus.IMPORTED) {
                imported++;
                work += result.counts().newWorkItems();
            } else if (result.status() == ImportStatus.QUARANTINED) {
                quarantined++;
            }
        }
        return new InboxRun(imported, known, quarantined, failed, work);
    }

    /** The result, or null when the file vanished: in a cluster another node imported and moved it. */
    private ImportResult importOne(Path file) {
        try {
            long size = Files.size(file);
            if (size > inbox.maxFileSize().toBytes()) {
                log.warn("Inbox file {} is {} bytes, over the limit of {}; moved to quarantine", file.getFileName(),
                        size, inbox.maxFileSize());
                moveTo(file, inbox.quarantine());
                throw new IllegalStateException("File over the size limit");
            }
            return imports.importFile(file.getFileName().toString(), Files.readAllBytes(file), ImportChannel.INBOX,
                    "inbox");
        } catch (NoSuchFileException vanished) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Path> waitingFiles() {
        try {
            Files.createDirectories(inbox.folder());
            try (Stream<Path> files = Files.list(inbox.folder())) {
                return files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the inbox folder " + inbox.folder(), e);
        }
    }

    private void moveTo(Path file, Path folder) {
        try {
            if (!Files.exists(file)) {
                return;
            }
            Files.createDirectories(folder);
            String stamped = STAMP.format(clock.instant().atZone(clock.getZone())) + "-" + file.getFileName();
            Files.move(file, folder.resolve(stamped), StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException vanished) {
            // another node filed it away first
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
