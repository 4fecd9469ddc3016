package org.denialflow.ingest.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The file handling both generators share: one file per payer batch, streamed to a writer. */
final class BatchFiles {

    interface BatchWriter {
        /** Writes one file and adds what it wrote to {@code tally}. */
        void write(int fileIndex, SyntheticPayer payer, List<BaseClaim> claims, Writer out, Tally tally);

        String fileName(int fileIndex, SyntheticPayer payer);
    }

    /** Mutable counters filled while writing. */
    static final class Tally {
        long claims;
        long claimRecords;
        long denied;
        long partiallyDenied;
        long reversals;
    }

    private final PayerBatcher batcher;
    private final BatchWriter batchWriter;

    BatchFiles(PayerBatcher batcher, BatchWriter batchWriter) {
        this.batcher = batcher;
        this.batchWriter = batchWriter;
    }

    int fileCount() {
        return batcher.countFiles();
    }

    GenerationSummary writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writeTo(name -> Files.newBufferedWriter(directory.resolve(name), StandardCharsets.US_ASCII),
                directory);
    }

    GenerationSummary writeTo(FileSink sink, Path directoryOrNull) {
        Tally tally = new Tally();
        List<Path> written = new ArrayList<>();
        batcher.forEachBatch((index, payer, claims) -> {
            String name = batchWriter.fileName(index, payer);
            try (Writer out = new BufferedWriter(sink.open(name), 1 << 16)) {
                batchWriter.write(index, payer, claims, out, tally);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written.add(directoryOrNull == null ? Path.of(name) : directoryOrNull.resolve(name));
            return true;
        });
        return new GenerationSummary(List.copyOf(written), tally.claims, tally.claimRecords, tally.denied,
                tally.partiallyDenied, tally.reversals);
    }

    void writeFile(int fileIndex, Writer out) {
        if (fileIndex < 0) {
            throw new IndexOutOfBoundsException(fileIndex);
        }
        boolean[] found = {false};
        batcher.forEachBatch((index, payer, claims) -> {
            if (index != fileIndex) {
                return true;
            }
            batchWriter.write(index, payer, claims, out, new Tally());
            found[0] = true;
            return false;
        });
        if (!found[0]) {
            throw new IndexOutOfBoundsException("no file " + fileIndex);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String fileAsString(int fileIndex) {
        StringWriter out = new StringWriter();
        writeFile(fileIndex, out);
        return out.toString();
    }

    byte[] fileAsBytes(int fileIndex) {
        return fileAsString(fileIndex).getBytes(StandardCharsets.US_ASCII);
    }
}
