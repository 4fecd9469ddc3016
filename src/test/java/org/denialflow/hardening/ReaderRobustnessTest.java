package org.denialflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.denialflow.ingest.csv.CsvReportReader;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Problem;
import org.denialflow.ingest.x12.X12ProblemCodes;
import org.denialflow.ingest.x12.X12Reader;
import org.denialflow.ingest.x12.X12ReaderLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readers against hostile input: deterministic random mutations of every real sample,
 * truncations, huge elements and segments, deep repetition and inputs far larger than any real
 * file. Whatever comes in, a reader returns (it never throws), every problem carries a code, and
 * the reader's limits stop the work early, which is what bounds its time and memory.
 */
class ReaderRobustnessTest {

    private static final long SEED = 20261128L;
    private static final int MUTATIONS_PER_SAMPLE = 40;
    private static final Set<String> X12_CODES = x12Codes();
    private static final byte[] ENVELOPE = ("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       "
            + "*260101*1200*^*00501*000000001*0*P*:~GS*HP*SENDER*RECEIVER*20260101*1200*1*X*005010X221A1~ST*835*0001~")
            .getBytes(StandardCharsets.ISO_8859_1);

    private final X12Reader x12 = new X12Reader();
    private final CsvReportReader csv = new CsvReportReader();

    static Stream<Path> x12Samples() {
        return HostileInputs.x12Samples().stream();
    }

    static Stream<Path> csvSamples() {
        return HostileInputs.csvSamples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("x12Samples")
    void mutatedX12SamplesEndInARecordOrACodedProblem(Path sample) {
        byte[] original = HostileInputs.bytes(sample);
        Random random = new Random(SEED ^ sample.getFileName().toString().hashCode());
        for (int i = 0; i < MUTATIONS_PER_SAMPLE; i++) {
            assertReadsCleanly(HostileInputs.mutate(original, random), "mutation " + i + " of " + sample.getFileName());
        }
        for (byte[] truncated : HostileInputs.truncations(original, 8)) {
            ParsedFile parsed = assertReadsCleanly(truncated, "truncation of " + sample.getFileName());
            if (truncated.length > 0 && truncated.length < original.length - 40) {
                assertThat(parsed.hasErrors()).as("a file cut short is an error: " + sample.getFileName()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvSamples")
    void mutatedCsvReportsEndInARecordOrACodedProblem(Path sample) {
        byte[] original = HostileInputs.bytes(sample);
        Random random = new Random(SEED ^ sample.getFileName().toString().hashCode());
        for (int i = 0; i < MUTATIONS_PER_SAMPLE * 2; i++) {
            byte[] mutated = HostileInputs.mutate(original, random);
            ParsedFile parsed = csv.read(new ByteArrayInputStream(mutated));
            assertCodedProblems(parsed, "mutation " + i + " of " + sample.getFileName(), null);
        }
        for (byte[] truncated : HostileInputs.truncations(original, 8)) {
            assertCodedProblems(csv.read(new ByteArrayInputStream(truncated)), "truncation of " + sample.getFileName(), null);
        }
    }

    @Test
    void aHugeElementIsStoppedAtTheElementLimit() {
        ParsedFile parsed = x12.read(HostileInputs.generated(concat(ENVELOPE, "REF*EV*".getBytes()),
                "A".getBytes(), 50_000_000));
        assertLimitExceeded(parsed);
    }

    @Test
    void aSegmentWithTooManyElementsIsStopped() {
        ParsedFile parsed = x12.read(HostileInputs.generated(concat(ENVELOPE, "REF".getBytes()), "*1".getBytes(),
                50_000_000));
        assertLimitExceeded(parsed);
    }

    @Test
    void deepRepetitionIsStoppedAtTheSegmentLimit() {
        X12Reader small = new X12Reader(X12ReaderLimits.DEFAULTS.withMaxSegments(5_000));
        byte[] original = HostileInputs.bytes(HostileInputs.x12Samples().stream()
                .filter(p -> p.getFileName().toString().equals("pyx12__835_mult_loops.txt")).findFirst().orElseThrow());
        byte[] repeated = HostileInputs.repeatSegment(original, "CAS*", 20_000);
        assertLimitExceeded(small.read(new ByteArrayInputStream(repeated)));
    }

    @Test
    void aStreamFarLargerThanAnyRealFileIsStoppedAtTheDefaultSegmentLimit() {
        // Like a zip bomb: small to send compressed, 2.5 million segments (about 25 MB) once unpacked.
        ParsedFile parsed = x12.read(HostileInputs.generated(ENVELOPE, "REF*EV*1~".getBytes(), 25_000_000));
        assertLimitExceeded(parsed);
    }

    @Test
    void whitespaceWithoutEndIsStopped() {
        assertLimitExceeded(x12.read(HostileInputs.generated(ENVELOPE, " ".getBytes(), 50_000_000)));
    }

    @Test
    void binaryGarbageIsNotX12() {
        byte[] garbage = new byte[100_000];
        new Random(SEED).nextBytes(garbage);
        ParsedFile parsed = assertReadsCleanly(garbage, "random bytes");
        assertThat(parsed.problems()).extracting(Problem::code).containsExactly(X12ProblemCodes.NOT_X12);
    }

    @Test
    void aCsvReportWithAnEndlessQuotedFieldIsMalformed() {
        byte[] report = HostileInputs.bytes(HostileInputs.csvSamples().stream()
                .filter(p -> p.getFileName().toString().equals("standard-report.csv")).findFirst().orElseThrow());
        byte[] endless = concat(report, "\"".getBytes());
        endless = concat(endless, "x".repeat(200_000).getBytes());
        ParsedFile parsed = csv.read(new ByteArrayInputStream(endless));
        assertThat(parsed.problems()).extracting(Problem::code).contains("MALFORMED_CSV");
    }

    @Test
    void everyKeptCrasherStillReadsCleanly() {
        for (Path crasher : HostileInputs.regressionFiles()) {
            byte[] content = HostileInputs.bytes(crasher);
            if (crasher.getFileName().toString().contains("csv")) {
                assertCodedProblems(csv.read(new ByteArrayInputStream(content)), crasher.toString(), null);
            } else {
                assertReadsCleanly(content, crasher.toString());
            }
        }
    }

    private ParsedFile assertReadsCleanly(byte[] content, String what) {
        ParsedFile parsed = x12.read(new ByteArrayInputStream(content));
        assertCodedProblems(parsed, what, X12_CODES);
        return parsed;
    }

    private static void assertCodedProblems(ParsedFile parsed, String what, Set<String> known) {
        assertThat(parsed).as(what).isNotNull();
        assertThat(parsed.problems().size()).as(what + ": problems are capped")
                .isLessThanOrEqualTo(2 * X12ReaderLimits.DEFAULTS.maxProblems() + 2);
        for (Problem problem : parsed.problems()) {
            assertThat(problem.code()).as(what).matches("[A-Z0-9_]+");
            assertThat(problem.message()).as(what).isNotBlank();
            if (known != null) {
                assertThat(known).as(what + ": " + problem).contains(problem.code());
            }
        }
    }

    private static void assertLimitExceeded(ParsedFile parsed) {
        assertThat(parsed.problems()).filteredOn(Problem::isError).extracting(Problem::code)
                .contains(X12ProblemCodes.LIMIT_EXCEEDED);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static Set<String> x12Codes() {
        return Arrays.stream(X12ProblemCodes.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(ReaderRobustnessTest::value).collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

}
