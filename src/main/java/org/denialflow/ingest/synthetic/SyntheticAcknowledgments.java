package org.denialflow.ingest.synthetic;

import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Seeded generator of synthetic X12 277CA (005010X214) claim acknowledgment files, one file per
 * payer batch. With the same seed and claim count as {@link SyntheticRemittances} it acknowledges
 * the same claims (same patient control numbers and payer claim numbers).
 */
public final class SyntheticAcknowledgments {

    public static final String IMPLEMENTATION_VERSION = "005010X214";

    private final long seed;
    private final double rejectionRate;
    private final LocalDate startDate;
    private final boolean lineBreaks;
    private final BatchFiles files;

    private SyntheticAcknowledgments(Builder builder) {
        this.seed = builder.seed;
        this.rejectionRate = builder.rejectionRate;
        this.startDate = builder.startDate;
        this.lineBreaks = builder.lineBreaks;
        PayerBatcher batcher = new PayerBatcher(new ClaimPopulation(seed, startDate), builder.claims,
                builder.claimsPerFile);
        this.files = new BatchFiles(batcher, new AcknowledgmentFileWriter());
    }

    public static Builder builder() {
        return new Builder();
    }

    public int fileCount() {
        return files.fileCount();
    }

    /** Writes every file into {@code directory} (created if missing), named {@code 277CA-0001-<payer>.277}. */
    public GenerationSummary writeTo(Path directory) {
        return files.writeTo(directory);
    }

    public GenerationSummary writeTo(FileSink sink) {
        return files.writeTo(sink, null);
    }

    public void writeFile(int fileIndex, Writer out) {
        files.writeFile(fileIndex, out);
    }

    public String fileAsString(int fileIndex) {
        return files.fileAsString(fileIndex);
    }

    public byte[] fileAsBytes(int fileIndex) {
        return files.fileAsBytes(fileIndex);
    }

    private final class AcknowledgmentFileWriter implements BatchFiles.BatchWriter {

        @Override
        public String fileName(int fileIndex, SyntheticPayer payer) {
            return "277CA-" + X12Values.zeroPadded(fileIndex + 1, 4) + "-" + payer.key() + ".277";
        }

        @Override
        public void write(int fileIndex, SyntheticPayer payer, List<BaseClaim> claims, Writer writer,
                          BatchFiles.Tally tally) {
            Map<SyntheticProvider, List<AcknowledgmentTransactionWriter.Verdict>> byProvider = new LinkedHashMap<>();
            SyntheticProvider.ALL.forEach(p -> byProvider.put(p, new ArrayList<>()));
            LocalDate latestReceipt = startDate.minusDays(90);
            for (BaseClaim claim : claims) {
                Random random = SeedMixer.randomFor(seed, claim.ordinal(), SeedMixer.ACKNOWLEDGMENT);
                RejectionReason rejection = random.nextDouble() < rejectionRate ? RejectionReason.draw(random) : null;
                byProvider.get(claim.provider()).add(new AcknowledgmentTransactionWriter.Verdict(claim, rejection));
                tally.claims++;
                tally.claimRecords++;
                tally.denied += rejection == null ? 0 : 1;
                if (claim.received().isAfter(latestReceipt)) {
                    latestReceipt = claim.received();
                }
            }
            byProvider.values().removeIf(List::isEmpty);

            LocalDate processDate = latestReceipt.plusDays(1);
            SegmentWriter out = new SegmentWriter(writer, lineBreaks);
            InterchangeEnvelope envelope = new InterchangeEnvelope(payer.payerId(),
                    AcknowledgmentTransactionWriter.SUBMITTER_ID, fileIndex + 1L, processDate, "0600", "HN",
                    IMPLEMENTATION_VERSION);
            envelope.open(out);
            String batchReference = "ACK" + payer.payerId() + X12Values.zeroPadded(fileIndex + 1L, 6);
            new AcknowledgmentTransactionWriter(out).write(envelope.nextTransactionControlNumber(), batchReference,
                    payer, byProvider, latestReceipt, processDate);
            envelope.close(out);
        }
    }

    public static final class Builder {
        private long seed = 1;
        private long claims = 1000;
        private double rejectionRate = 0.07;
        private int claimsPerFile = 2000;
        private LocalDate startDate = LocalDate.of(2025, 3, 3);
        private boolean lineBreaks = true;

        private Builder() {
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder claims(long claims) {
            if (claims < 0) {
                throw new IllegalArgumentException("claims must not be negative");
            }
            this.claims = claims;
            return this;
        }

        /** Share of claims rejected (A3/A6/A7/A8) rather than accepted (A2), default 0.07. */
        public Builder rejectionRate(double rejectionRate) {
            this.rejectionRate = SyntheticRemittances.Builder.rate(rejectionRate, "rejectionRate");
            return this;
        }

        public Builder claimsPerFile(int claimsPerFile) {
            if (claimsPerFile < 1) {
                throw new IllegalArgumentException("claimsPerFile must be at least 1");
            }
            this.claimsPerFile = claimsPerFile;
            return this;
        }

        /** Same meaning as {@link SyntheticRemittances.Builder#startDate}: claims are received before it. */
        public Builder startDate(LocalDate startDate) {
            this.startDate = Objects.requireNonNull(startDate);
            return this;
        }

        public Builder lineBreaks(boolean lineBreaks) {
            this.lineBreaks = lineBreaks;
            return this;
        }

        public SyntheticAcknowledgments build() {
            return new SyntheticAcknowledgments(this);
        }
    }
}
