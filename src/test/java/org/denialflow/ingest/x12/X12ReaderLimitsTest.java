package org.denialflow.ingest.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;

import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Problem;
import org.junit.jupiter.api.Test;

/** The bounds that keep a hostile or corrupt file from exhausting memory: each is an ERROR at its segment. */
class X12ReaderLimitsTest {

    static final String SAMPLE = MalformedInputTest.SAMPLE;

    static ParsedFile read(X12ReaderLimits limits, String text) {
        return new X12Reader(limits).read(new ByteArrayInputStream(X12Files.bytes(text)));
    }

    static String sample() {
        return X12Files.text(SAMPLE);
    }

    @Test
    void defaults() {
        assertThat(X12ReaderLimits.DEFAULTS.maxSegments()).isEqualTo(2_000_000);
        assertThat(X12ReaderLimits.DEFAULTS.maxElementLength()).isEqualTo(X12ReaderLimits.TOKENIZER_MAX_ELEMENT_LENGTH)
                .isEqualTo(4_096);
        assertThat(X12ReaderLimits.DEFAULTS.maxElementsPerSegment()).isEqualTo(1_000);
        assertThat(X12ReaderLimits.DEFAULTS.maxProblems()).isEqualTo(1_000);
        assertThatThrownBy(() -> new X12ReaderLimits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> X12ReaderLimits.DEFAULTS.withMaxElementLength(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anElementUpToTheLimitIsRead() {
        ParsedFile file = X12Files.read(sample().replace("N1*PR*PAYER", "N1*PR*" + "P".repeat(4_096)));
        assertThat(file.problems()).isEmpty();
        assertThat(file.remittances().get(0).payer().name()).hasSize(4_096);
    }

    /** Any element longer than the tokenizer's 4,096 characters is a size-limit error, never a syntax error. */
    @Test
    void aLongerElementIsALimitErrorAtItsSegment() {
        for (int length : new int[] {4_097, 5_000, 9_999, 10_001, 100_000}) {
            ParsedFile file = X12Files.read(sample().replace("N1*PR*PAYER", "N1*PR*" + "P".repeat(length)));
            assertOnlyLimit(file, 8, "N1", "element longer than 4096 characters");
        }
    }

    @Test
    void aConfiguredElementLengthAboveTheTokenizerBufferIsCappedToIt() {
        X12ReaderLimits generous = X12ReaderLimits.DEFAULTS.withMaxElementLength(10_000);
        assertOnlyLimit(read(generous, sample().replace("N1*PR*PAYER", "N1*PR*" + "P".repeat(6_000))), 8, "N1",
                "element longer than 4096 characters");
    }

    @Test
    void aStricterElementLengthIsHonoured() {
        X12ReaderLimits strict = X12ReaderLimits.DEFAULTS.withMaxElementLength(20);
        assertOnlyLimit(read(strict, sample().replace("N1*PR*PAYER", "N1*PR*" + "P".repeat(21))), 8, "N1",
                "element longer than 20 characters");
        assertThat(read(strict, sample().replace("N1*PR*PAYER", "N1*PR*" + "P".repeat(20))).problems()).isEmpty();
    }

    @Test
    void tooManyElementsInOneSegment() {
        assertThat(X12Files.read(sample().replace("N1*PR*PAYER", "N1*PR*PAYER" + "*".repeat(998))).problems()).isEmpty();
        assertOnlyLimit(X12Files.read(sample().replace("N1*PR*PAYER", "N1*PR*PAYER" + "*".repeat(999))), 8, "N1",
                "more than 1000 elements");
        assertOnlyLimit(X12Files.read(sample().replace("N1*PR*PAYER", "N1*PR*PAYER" + ":".repeat(5_000))), 8, "N1",
                "more than 1000 elements");
    }

    @Test
    void aSegmentWithoutEndStopsAtTheLimitInsteadOfFillingMemory() {
        String text = sample();
        String endless = text.substring(0, text.indexOf("CLP")) + "CLP*" + "9".repeat(5_000_000);
        assertOnlyLimit(X12Files.read(endless), 15, "CLP", "element longer than 4096 characters");
    }

    @Test
    void tooMuchWhitespaceBetweenSegments() {
        String padded = sample().replace("N1*PR*PAYER~", "N1*PR*PAYER~" + " ".repeat(5_000));
        assertOnlyLimit(X12Files.read(padded), 9, null, "whitespace");
        assertThat(X12Files.read(sample().replace("N1*PR*PAYER~", "N1*PR*PAYER~" + " \r\n".repeat(1_000))).problems())
                .isEmpty();
    }

    @Test
    void segmentCountLimit() {
        assertThat(read(X12ReaderLimits.DEFAULTS.withMaxSegments(35), sample()).problems()).isEmpty();

        ParsedFile file = read(X12ReaderLimits.DEFAULTS.withMaxSegments(34), sample());
        assertOnlyLimit(file, 35, "IEA", "more than 34 segments");

        ParsedFile early = read(X12ReaderLimits.DEFAULTS.withMaxSegments(10), sample());
        assertOnlyLimit(early, 11, "PER", "more than 10 segments");
        assertThat(early.remittances().stream().mapToInt(r -> r.claims().size()).sum()).isZero();
    }

    @Test
    void segmentCountLimitCountsEveryInterchangeOfTheFile() {
        String twice = sample() + sample().replace("000238388", "000238389");
        assertThat(read(X12ReaderLimits.DEFAULTS.withMaxSegments(70), twice).problems()).isEmpty();
        assertOnlyLimit(read(X12ReaderLimits.DEFAULTS.withMaxSegments(69), twice), 70, "IEA", "more than 69 segments");
    }

    @Test
    void problemsBeyondTheLimitAreSummarisedInOneEntry() {
        X12ReaderLimits fewProblems = new X12ReaderLimits(2_000_000, 4_096, 1_000, 5);
        ParsedFile file = new X12Reader(fewProblems).read(new ByteArrayInputStream(
                X12Files.bytes(X12Files.text("OopFactory-X12Parser__INS-835-4010__FromNth_835_DeIdent_01.dat"))));

        assertThat(file.problems()).hasSize(6);
        assertThat(file.problems().subList(0, 5)).extracting(Problem::code).containsOnly(X12ProblemCodes.UNBALANCED_CLAIM);
        assertThat(file.problems().get(5)).extracting(Problem::code, Problem::isError, Problem::message)
                .containsExactly(X12ProblemCodes.TOO_MANY_PROBLEMS, false, "81 further warnings not listed");
        assertThat(file.remittances().get(0).claims()).as("warnings never drop claims").hasSize(96);
    }

    @Test
    void errorsBeyondTheLimitAreSummarisedAsAnError() {
        X12ReaderLimits fewProblems = new X12ReaderLimits(2_000_000, 4_096, 1_000, 2);
        String badDates = sample().replace("DTM*150*2003", "DTM*150*1X03");
        ParsedFile file = new X12Reader(fewProblems).read(new ByteArrayInputStream(X12Files.bytes(badDates)));

        assertThat(file.problems()).extracting(Problem::code, Problem::isError).containsExactly(
                tuple(X12ProblemCodes.INVALID_DATE, true), tuple(X12ProblemCodes.INVALID_DATE, true),
                tuple(X12ProblemCodes.TOO_MANY_PROBLEMS, true));
        assertThat(file.hasErrors()).isTrue();
    }

    private static void assertOnlyLimit(ParsedFile file, long position, String segmentId, String messagePart) {
        assertThat(file.problems()).as(file.problems().toString()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(X12ProblemCodes.LIMIT_EXCEEDED);
            assertThat(p.isError()).isTrue();
            assertThat(p.segmentPosition()).isEqualTo(position);
            assertThat(p.segmentId()).isEqualTo(segmentId);
            assertThat(p.message()).contains(messagePart);
        });
        assertThat(file.hasErrors()).isTrue();
    }
}
