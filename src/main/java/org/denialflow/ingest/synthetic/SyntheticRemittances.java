package org.denialflow.ingest.synthetic;

import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Seeded generator of synthetic X12 835 (005010X221A1) remittance files. The same settings always
 * give byte-identical files. Each file holds one payer's payments, one ST..SE per payee.
 *
 * <pre>{@code
 * SyntheticRemittances remits = SyntheticRemittances.builder().seed(42).claims(20000).denialRate(0.12)
 *         .claimsPerFile(2000).build();
 * remits.writeTo(Path.of("target/synthetic"));
 * }</pre>
 */
public final class SyntheticRemittances {

    public static final String IMPLEMENTATION_VERSION = "005010X221A1";
    static final String RECEIVER_ID = "SYNBILLSVC";

    private final long seed;
    private final LocalDate startDate;
    private final boolean lineBreaks;
    private final Adjudicator adjudicator;
    private final BatchFiles files;

    private SyntheticRemittances(Builder builder) {
        this.seed = builder.seed;
        this.startDate = builder.startDate;
        this.lineBreaks = builder.lineBreaks;
        this.adjudicator = new Adjudicator(builder.denialRate, builder.partialDenialRate, builder.reversalRate);
        PayerBatcher batcher = new PayerBatcher(new ClaimPopulation(seed, startDate), builder.claims,
                builder.claimsPerFile);
        this.files = new BatchFiles(batcher, new RemittanceFileWriter());
    }

    public static Builder builder() {
        return new Builder();
    }

    public int fileCount() {
        return files.fileCount();
    }

    /** Writes every file into {@code directory} (created if missing), named {@code 835-0001-<payer>.835}. */
    public GenerationSummary writeTo(Path directory) {
        return files.writeTo(directory);
    }

    public GenerationSummary writeTo(FileSink sink) {
        return files.writeTo(sink, null);
    }

    /** Streams the file with the given 0-based index to {@code out} (which is flushed, not closed). */
    public void writeFile(int fileIndex, Writer out) {
        files.writeFile(fileIndex, out);
    }

    public String fileAsString(int fileIndex) {
        return files.fileAsString(fileIndex);
    }

    /** The file as US-ASCII bytes, the character set X12 files use. */
    public byte[] fileAsBytes(int fileIndex) {
        return files.fileAsBytes(fileIndex);
    }

    private final class RemittanceFileWriter implements BatchFiles.BatchWriter {

        @Override
        public String fileName(int fileIndex, SyntheticPayer payer) {
            return "835-" + X12Values.zeroPadded(fileIndex + 1, 4) + "-" + payer.key() + ".835";
        }

        @Override
        public void write(int fileIndex, SyntheticPayer payer, List<BaseClaim> claims, Writer writer,
                          BatchFiles.Tally tally) {
            LocalDate paymentDate = startDate.plusDays(fileIndex % 30);
            SegmentWriter out = new SegmentWriter(writer, lineBreaks);
            InterchangeEnvelope envelope = new InterchangeEnvelope(payer.payerId(), RECEIVER_ID, fileIndex + 1L,
                    paymentDate, "0800", "HP", IMPLEMENTATION_VERSION);
            envelope.open(out);
            Map<SyntheticProvider, List<AdjudicatedClaim>> byPayee = new LinkedHashMap<>();
            for (BaseClaim claim : claims) {
                List<AdjudicatedClaim> records =
                        adjudicator.adjudicate(claim, SeedMixer.randomFor(seed, claim.ordinal(), SeedMixer.REMITTANCE));
                byPayee.computeIfAbsent(claim.provider(), p -> new ArrayList<>()).addAll(records);
                count(records, tally);
            }
            RemittanceTransactionWriter transactions = new RemittanceTransactionWriter(out);
            int transaction = 0;
            for (SyntheticProvider payee : SyntheticProvider.ALL) {
                List<AdjudicatedClaim> payeeClaims = byPayee.get(payee);
                if (payeeClaims == null) {
                    continue;
                }
                String trace = payer.payerId() + X12Values.zeroPadded(fileIndex + 1L, 6)
                        + X12Values.zeroPadded(++transaction, 2);
                transactions.write(envelope.nextTransactionControlNumber(), payer, payee, payeeClaims, paymentDate,
                        trace);
            }
            envelope.close(out);
        }

        private void count(List<AdjudicatedClaim> records, BatchFiles.Tally tally) {
            tally.claims++;
            tally.claimRecords += records.size();
            for (AdjudicatedClaim record : records) {
                switch (record.outcome()) {
                    case DENIED -> tally.denied++;
                    case PARTIALLY_DENIED -> tally.partiallyDenied++;
                    case REVERSAL -> tally.reversals++;
                    case PAID -> { }
                }
            }
        }
    }

    public static final class Builder {
        private long seed = 1;
        private long claims = 1000;
        private double denialRate = 0.12;
        private double partialDenialRate = 0.03;
        private double reversalRate = 0.01;
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

        /** Share of claims denied in full on this adjudication (default 0.12). */
        public Builder denialRate(double denialRate) {
            this.denialRate = rate(denialRate, "denialRate");
            return this;
        }

        /** Share of claims paid with one line denied (default 0.03; needs a claim with two or more lines). */
        public Builder partialDenialRate(double partialDenialRate) {
            this.partialDenialRate = rate(partialDenialRate, "partialDenialRate");
            return this;
        }

        /** Share of paid claims preceded by the reversal (CLP02=22) of an earlier adjudication (default 0.01). */
        public Builder reversalRate(double reversalRate) {
            this.reversalRate = rate(reversalRate, "reversalRate");
            return this;
        }

        public Builder claimsPerFile(int claimsPerFile) {
            if (claimsPerFile < 1) {
                throw new IllegalArgumentException("claimsPerFile must be at least 1");
            }
            this.claimsPerFile = claimsPerFile;
            return this;
        }

        /** First payment date; services fall 14 to 90 days before it (default 2025-03-03). */
        public Builder startDate(LocalDate startDate) {
            this.startDate = Objects.requireNonNull(startDate);
            return this;
        }

        /** Whether a line break follows each segment terminator (default true, easier to read). */
        public Builder lineBreaks(boolean lineBreaks) {
            this.lineBreaks = lineBreaks;
            return this;
        }

        public SyntheticRemittances build() {
            if (denialRate + partialDenialRate > 1.0) {
                throw new IllegalArgumentException("denialRate + partialDenialRate must not exceed 1");
            }
            return new SyntheticRemittances(this);
        }

        static double rate(double value, String name) {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException(name + " must be between 0 and 1");
            }
            return value;
        }
    }
}
