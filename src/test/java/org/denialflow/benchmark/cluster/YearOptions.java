package org.denialflow.benchmark.cluster;

import org.denialflow.benchmark.BenchmarkDatabase;

/** The options of {@link YearBenchmark}. */
final class YearOptions {
    long denials = 1_000_000;
    long open = 100_000;
    int startMinutes = 20;
    int threads = 2;
    int timers = 5_000;
    long importClaims = 20_000;
    int repeat = 15;
    int repeatStale = 3;
    boolean reuse;
    boolean measure = true;
    final BenchmarkDatabase db = new BenchmarkDatabase("denialflow_year");

    static YearOptions parse(String[] args) {
        YearOptions o = new YearOptions();
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--denials" -> o.denials = Long.parseLong(value);
                case "--open" -> o.open = Long.parseLong(value);
                case "--start-minutes" -> o.startMinutes = Integer.parseInt(value);
                case "--threads" -> o.threads = Integer.parseInt(value);
                case "--timers" -> o.timers = Integer.parseInt(value);
                case "--import-claims" -> o.importClaims = Long.parseLong(value);
                case "--repeat" -> o.repeat = Integer.parseInt(value);
                case "--repeat-stale" -> o.repeatStale = Integer.parseInt(value);
                case "--reuse" -> o.reuse = Boolean.parseBoolean(value);
                case "--measure" -> o.measure = Boolean.parseBoolean(value);
                default -> {
                    if (!o.db.accept(args[i], value)) {
                        throw new IllegalArgumentException("Unknown option " + args[i]);
                    }
                }
            }
        }
        return o;
    }
}
