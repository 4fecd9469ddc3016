package org.denialflow.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one import every channel ends in (inbox, upload, command line, demo).
 *
 * <ol>
 *   <li>The file's bytes are stored first, in their own transaction, so nothing that arrived is lost.</li>
 *   <li>The file is read whole before anything is posted; a file with an error is quarantined as a
 *       whole with its problems, and nothing from it reaches the ledger.</li>
 *   <li>Everything the file means (claims, denials, rejections and their processes) is posted in one
 *       transaction: a crash leaves the file RECEIVED or IMPORTING, never half posted, and the next
 *       attempt posts it whole.</li>
 *   <li>The same bytes again change nothing; the same claim in another file is counted as a duplicate.</li>
 * </ol>
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    /**
     * An attempt that holds a file longer than this without posting is taken to have died with its
     * node, and the next attempt takes the file over. It must be shorter than the job executor's lock
     * time, so that the intake job retried after a crash finds the file free; it may be short, because
     * a live attempt locks its row for the whole posting and so can never be overtaken while posting.
     */
    private final Duration staleAttempt;
    private static final int RACE_ATTEMPTS = 3;

    private final ImportLog importLog;
    private final FileReaders readers;
    private final LedgerPosting ledger;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ImportService(ImportLog importLog, FileReaders readers, LedgerPosting ledger,
                         PlatformTransactionManager transactions, Clock clock,
                         @Value("${denialflow.import.stale-attempt:PT5M}") Duration staleAttempt) {
        this.importLog = importLog;
        this.readers = readers;
        this.ledger = ledger;
        // Each step commits on its own, whatever the caller's transaction: the stored file must survive
        // a failed posting. Callers inside an engine command hand the import to another thread.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.staleAttempt = staleAttempt;
    }

    public ImportResult importFile(String fileName, byte[] content, ImportChannel channel, String user) {
        String sha256 = sha256(content);
        Optional<ImportLog.StoredFile> known = importLog.findBySha256(sha256);
        if (known.isPresent() && known.get().status().isFinal()) {
            return alreadyImported(known.get());
        }
        long importId;
        if (known.isPresent()) {
            importId = known.get().id();
        } else {
            try {
                importId = transaction.execute(tx -> importLog.insertReceived(safeName(fileName), sha256, content,
                        channel, user, clock.instant()));
            } catch (DuplicateKeyException raced) {
                return alreadyImported(importLog.findBySha256(sha256).orElseThrow());
            }
        }
        return importStored(importId, fileName, content);
    }

    /** Imports a file stored earlier whose import did not finish (a crash, a failure). */
    public ImportResult resume(long importId) {
        ImportLog.Entry entry = importLog.find(importId).orElseThrow();
        byte[] content = importLog.content(importId).orElseThrow();
        return importStored(importId, entry.fileName(), content);
    }

    /**
     * Takes up every stored file whose import was abandoned: received or failed earlier and never
     * finished, or held by an attempt that went stale (its node died). Uploads have no file in the
     * inbox, so this is how an upload interrupted by a crash is finished. Returns what became of each.
     */
    public List<ImportResult> resumeAbandoned() {
        Instant staleBefore = clock.instant().minus(staleAttempt);
        List<ImportResult> results = new ArrayList<>();
        for (long importId : importLog.abandonedImports(staleBefore)) {
            try {
                results.add(resume(importId));
            } catch (RuntimeException e) {
                log.error("Import {} could not be resumed; it is retried at the next run: {}", importId,
                        e.getClass().getName());
            }
        }
        return results;
    }

    private ImportResult importStored(long importId, String fileName, byte[] content) {
        // Millisecond precision, so the database keeps exactly the value the posting checks against.
        Instant started = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        boolean mine = Boolean.TRUE.equals(
                transaction.execute(tx -> importLog.claim(importId, started, started.minus(staleAttempt))));
        if (!mine) {
            return beingImportedElsewhere(importId);
        }
        ParsedFile parsed = readers.read(fileName, content);
        if (parsed.hasErrors()) {
            return quarantine(importId, parsed, started);
        }
        try {
            ImportCounts counts = postRetryingRaces(importId, parsed, started);
            if (counts == null) {
                log.warn("Import {} was taken over by another attempt while it was read; this attempt stops", importId);
                return beingImportedElsewhere(importId);
            }
            log.info("Import {} ({}): {} claims, {} denied, {} partially denied, {} rejected, {} payments matched, {} duplicates",
                    importId, parsed.format(), counts.claims, counts.denied, counts.partiallyDenied, counts.rejected,
                    counts.paymentMatches, counts.duplicateClaims);
            return new ImportResult(importId, ImportStatus.IMPORTED, false, summary(counts), counts, parsed.problems());
        } catch (RuntimeException e) {
            // The class only: a message may quote data from the file.
            log.error("Import {} failed and was rolled back: {}", importId, e.getClass().getName());
            String reason = "Import failed and was rolled back; it will be retried: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
            transaction.executeWithoutResult(tx -> importLog.markFailed(importId, reason, clock.instant()));
            throw e;
        }
    }

    /**
     * Posts in one transaction. Another node posting a file at the same moment may insert the same new
     * payer (or claim) first; this posting then fails on the unique key and is rolled back whole. Posted
     * again, it sees the other node's committed row and counts the claim as a duplicate.
     */
    private ImportCounts postRetryingRaces(long importId, ParsedFile parsed, Instant started) {
        for (int attempt = 1; ; attempt++) {
            try {
                return post(importId, parsed, started);
            } catch (DuplicateKeyException raced) {
                if (attempt == RACE_ATTEMPTS) {
                    throw raced;
                }
                log.info("Import {} met a row another import had just posted; posting it again", importId);
            }
        }
    }

    private ImportCounts post(long importId, ParsedFile parsed, Instant started) {
        return transaction.execute(tx -> {
            // Locks the row until this posting commits, and checks that no other attempt took the file
            // over while it was read: with the lock held, no one can take it over until we are done.
            if (!importLog.holdClaim(importId, started)) {
                tx.setRollbackOnly();
                return null;
            }
            ImportCounts posted = ledger.post(importId, parsed);
            importLog.replaceProblems(importId, parsed.problems());
            importLog.markImported(importId, parsed.format(), FileHeader.of(parsed), posted, clock.instant(),
                    millisSince(started));
            return posted;
        });
    }

    private static ImportResult beingImportedElsewhere(long importId) {
        return new ImportResult(importId, ImportStatus.IMPORTING, false,
                "Import " + importId + " is being imported by another attempt", new ImportCounts(), List.of());
    }

    private ImportResult quarantine(long importId, ParsedFile parsed, Instant started) {
        Problem first = parsed.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        String reason = first.message() + " (segment " + first.segmentPosition()
                + (first.segmentId() == null ? "" : " " + first.segmentId()) + ")";
        Boolean quarantined = transaction.execute(tx -> {
            if (!importLog.holdClaim(importId, started)) {
                return false;
            }
            importLog.replaceProblems(importId, parsed.problems());
            importLog.markQuarantined(importId, parsed.format(), reason, clock.instant(), millisSince(started));
            return true;
        });
        if (!Boolean.TRUE.equals(quarantined)) {
            return beingImportedElsewhere(importId);
        }
        log.warn("Import {} quarantined: {} problem(s), first: {}", importId, parsed.problems().size(), first.code());
        return new ImportResult(importId, ImportStatus.QUARANTINED, false, "Quarantined: " + reason,
                new ImportCounts(), parsed.problems());
    }

    private ImportResult alreadyImported(ImportLog.StoredFile earlier) {
        return new ImportResult(earlier.id(), earlier.status(), true,
                "This file was already taken in as import " + earlier.id() + " (" + earlier.status()
                        + "); nothing changed", new ImportCounts(), List.of());
    }

    private long millisSince(Instant started) {
        return Duration.between(started, clock.instant()).toMillis();
    }

    private static String summary(ImportCounts c) {
        return "Imported " + c.claims + " claims: " + c.denied + " denied, " + c.partiallyDenied
                + " partially denied, " + c.paymentMatches + " payments on open denials, " + c.rejected
                + " rejected, " + c.accepted + " accepted, " + c.duplicateClaims + " already known";
    }

    /** Keeps the name a user recognises, without any path a client may have sent along. */
    static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "unnamed";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return name.isBlank() ? "unnamed" : ImportLog.truncate(name, 500);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
