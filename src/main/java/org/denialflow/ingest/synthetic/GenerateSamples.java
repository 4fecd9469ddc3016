package org.denialflow.ingest.synthetic;

import java.nio.file.Path;

/**
 * Writes synthetic 835 and 277CA files into a folder:
 * {@code java -cp target/classes org.denialflow.ingest.synthetic.GenerateSamples --claims 20000 --seed 42 --out target/synthetic}.
 * Options: --claims, --seed, --out, --per-file, --denial-rate, --rejection-rate.
 */
public final class GenerateSamples {

    private GenerateSamples() {
    }

    public static void main(String[] args) {
        long claims = 20000;
        long seed = 42;
        Path out = Path.of("target/synthetic");
        int perFile = 2000;
        double denialRate = 0.12;
        double rejectionRate = 0.07;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                usage("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--claims" -> claims = Long.parseLong(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--out" -> out = Path.of(value);
                case "--per-file" -> perFile = Integer.parseInt(value);
                case "--denial-rate" -> denialRate = Double.parseDouble(value);
                case "--rejection-rate" -> rejectionRate = Double.parseDouble(value);
                default -> usage("unknown option " + option);
            }
        }
        long started = System.nanoTime();
        GenerationSummary remits = SyntheticRemittances.builder().seed(seed).claims(claims).claimsPerFile(perFile)
                .denialRate(denialRate).build().writeTo(out.resolve("835"));
        GenerationSummary acks = SyntheticAcknowledgments.builder().seed(seed).claims(claims).claimsPerFile(perFile)
                .rejectionRate(rejectionRate).build().writeTo(out.resolve("277CA"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("835: %d files, %d claims (%d CLP loops), %d denied, %d partially denied, %d reversals%n",
                remits.files().size(), remits.claims(), remits.claimRecords(), remits.denied(),
                remits.partiallyDenied(), remits.reversals());
        System.out.printf("277CA: %d files, %d claims, %d rejected%n", acks.files().size(), acks.claims(),
                acks.denied());
        System.out.printf("written to %s in %d ms%n", out.toAbsolutePath(), millis);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: GenerateSamples [--claims N] [--seed S] [--out DIR] [--per-file N]"
                + " [--denial-rate R] [--rejection-rate R]");
        System.exit(2);
    }
}
