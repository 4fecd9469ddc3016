package org.denialflow.hardening;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.denialflow.ingest.csv.CsvReportReader;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Problem;
import org.denialflow.ingest.x12.X12ProblemCodes;
import org.denialflow.ingest.x12.X12Reader;
import org.denialflow.ingest.x12.X12ReaderLimits;

/**
 * The invariants the fuzzing campaign checks on every input (scripts/fuzz/run.sh): a reader returns
 * a result for anything (an exception is a finding), every problem has a known code and a message,
 * and the number of problems stays capped. Slowness and memory are findings of Jazzer itself
 * (-timeout, -rss_limit_mb).
 */
final class ReaderFuzzTargets {

    private static final Set<String> X12_CODES = Arrays.stream(X12ProblemCodes.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers())).map(ReaderFuzzTargets::value).collect(Collectors.toSet());
    private static final int MAX_PROBLEMS = 2 * X12ReaderLimits.DEFAULTS.maxProblems() + 2;

    private ReaderFuzzTargets() {
    }

    static void checkX12(byte[] input) {
        ParsedFile parsed = new X12Reader().read(new ByteArrayInputStream(input));
        check(parsed, X12_CODES);
    }

    static void checkCsv(byte[] input) {
        ParsedFile parsed = new CsvReportReader().read(new ByteArrayInputStream(input));
        check(parsed, null);
    }

    private static void check(ParsedFile parsed, Set<String> known) {
        if (parsed == null || parsed.problems() == null) {
            throw new IllegalStateException("no result");
        }
        if (parsed.problems().size() > MAX_PROBLEMS) {
            throw new IllegalStateException("problems not capped: " + parsed.problems().size());
        }
        for (Problem problem : parsed.problems()) {
            if (problem.code() == null || !problem.code().matches("[A-Z0-9_]+")
                    || (known != null && !known.contains(problem.code()))) {
                throw new IllegalStateException("unknown problem code " + problem.code());
            }
            if (problem.message() == null || problem.message().isBlank()) {
                throw new IllegalStateException("problem without a message: " + problem.code());
            }
        }
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jazzer target for the X12 reader. */
    public static final class X12 {
        private X12() {
        }

        public static void fuzzerTestOneInput(byte[] input) {
            checkX12(input);
        }
    }

    /** Jazzer target for the CSV report reader. */
    public static final class Csv {
        private Csv() {
        }

        public static void fuzzerTestOneInput(byte[] input) {
            checkCsv(input);
        }
    }
}
