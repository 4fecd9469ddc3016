package org.denialflow.ingest.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Problem;
import org.denialflow.ingest.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken input, made by mutating real samples: every kind is reported with a clear ERROR code and
 * the position of the segment at fault, the reader never throws, and the file as a whole is marked
 * for quarantine ({@link ParsedFile#hasErrors()}), so nothing in it is half-imported.
 * <p>
 * The base sample pyx12__835_mult_loops.txt has 35 segments: ISA 1, GS 2, ST 3, BPR 4, ..., CLP 15,
 * SE 33, GE 34, IEA 35.
 */
class MalformedInputTest {

    static final String SAMPLE = "pyx12__835_mult_loops.txt";
    static final String INDENTED_WITH_BOM = "OopFactory-X12Parser__INS-835-4010__Example1_GripElements.txt";

    static String sample() {
        return X12Files.text(SAMPLE);
    }

    // --- not X12 at all ---------------------------------------------------------------------------

    @Test
    void anEmptyFile() {
        assertOnly(X12Files.read(new byte[0]), X12ProblemCodes.EMPTY_FILE, 0, null);
        assertOnly(X12Files.read(" \r\n\t\n"), X12ProblemCodes.EMPTY_FILE, 0, null);
        assertOnly(X12Files.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}), X12ProblemCodes.EMPTY_FILE, 0, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello, this is a letter", "%PDF-1.7\n%\u00e2\u00e3", "PK\u0003\u0004\u0014\u0000",
            "<?xml version=\"1.0\"?><remittance/>", "patient,claim,amount\n1,2,3\n", "IS", "ISB*00*"})
    void somethingElseThanX12(String content) {
        ParsedFile file = X12Files.read(content);
        assertOnly(file, X12ProblemCodes.NOT_X12, 1, null);
        assertThat(file.format()).isEqualTo(SourceFormat.UNKNOWN);
    }

    @Test
    void randomBinary() {
        Random random = new Random(835);
        for (int i = 0; i < 200; i++) {
            byte[] noise = new byte[1 + random.nextInt(2000)];
            random.nextBytes(noise);
            ParsedFile file = X12Files.read(noise);
            assertThat(file.hasErrors()).isTrue();
            assertThat(file.interchanges()).isEmpty();
        }
    }

    @Test
    void transactionSegmentsWithoutAnInterchangeEnvelope() {
        String withoutEnvelope = X12Files.without(SAMPLE, s -> s.startsWith("ISA") || s.startsWith("GS")
                || s.startsWith("GE") || s.startsWith("IEA"));
        assertOnly(X12Files.read(withoutEnvelope), X12ProblemCodes.NO_ENVELOPE, 1, null);
    }

    // --- a bad ISA and wrong delimiters ------------------------------------------------------------

    @Test
    void anIsaCutShort() {
        assertOnly(X12Files.read(sample().substring(0, 60)), X12ProblemCodes.INVALID_HEADER, 1, "ISA");
        assertOnly(X12Files.read(sample().substring(0, 105)), X12ProblemCodes.INVALID_HEADER, 1, "ISA");
    }

    @Test
    void anIsaWithAMissingElement() {
        // 15 element separators instead of 16: the header swallows the GS and never finds its end
        String text = sample().replaceFirst("\\*00\\*          \\*", "*00          *");
        ParsedFile file = X12Files.read(text);
        assertOnly(file, X12ProblemCodes.INVALID_HEADER, 1, "ISA");
        assertThat(file.problems().get(0).message()).contains("ISA");
    }

    @Test
    void anIsaElementTooLongToFitItsFixedWidth() {
        ParsedFile file = X12Files.read(sample().replace("*00501*000238388*", "*00501*0002383880*"));
        assertThat(X12Files.errors(file)).extracting(Problem::code, Problem::segmentPosition, Problem::segmentId)
                .contains(tuple(X12ProblemCodes.INVALID_HEADER, 1L, "ISA"));
    }

    /** A letter, digit or blank where a delimiter belongs: reported at the first ISA, not at segment 0. */
    @ParameterizedTest
    @ValueSource(strings = {
            "*:A",   // terminator is a letter
            "*: ",   // terminator is a blank
            "***",   // component separator equals element separator, and so does the terminator
            "**~",   // component separator equals element separator
            "*:*",   // terminator equals element separator
            "*::",   // terminator equals component separator
            "*^~",   // component separator equals the ISA11 repetition separator
            "*1~"})  // component separator is a digit
    void anIsaWithUnusableDelimiters(String ending) {
        String text = sample().replaceFirst("\\*:~", java.util.regex.Matcher.quoteReplacement(ending));
        ParsedFile file = X12Files.read(text);

        assertOnly(file, X12ProblemCodes.INVALID_HEADER, 1, "ISA");
        assertThat(file.interchanges()).isEmpty();
    }

    @Test
    void anElementSeparatorThatIsALetter() {
        ParsedFile file = X12Files.read(sample().replace('*', 'X'));
        assertOnly(file, X12ProblemCodes.INVALID_HEADER, 1, "ISA");
        assertThat(file.problems().get(0).message()).contains("element separator");
    }

    @Test
    void segmentsThatDoNotUseTheDelimitersTheIsaDeclares() {
        String text = sample();
        int afterIsa = text.indexOf("GS*");
        ParsedFile file = X12Files.read(text.substring(0, afterIsa) + text.substring(afterIsa).replace('*', '|'));

        assertThat(file.hasErrors()).isTrue();
        assertThat(X12Files.errors(file)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(X12ProblemCodes.SYNTAX);
            assertThat(p.segmentPosition()).as("the GS, the first segment that cannot be read").isEqualTo(2);
        });
        assertThat(file.remittances()).isEmpty();
    }

    @Test
    void aBadIsaInASecondInterchangeIsReportedAtItsOwnPosition() {
        String first = sample();
        String second = first.replace("000238388", "000238389").replaceFirst("\\*:~", "**~");
        ParsedFile file = X12Files.read(first + second);

        assertOnly(file, X12ProblemCodes.INVALID_HEADER, 36, "ISA");
        assertThat(file.interchanges()).hasSize(1);
    }

    /** Delimiters are whatever the ISA declares: the same file with others, used consistently, reads the same. */
    @ParameterizedTest
    @ValueSource(strings = {"pyx12__835_mult_loops.txt", "edi-835-parser__united_healthcare_legacy_sample.txt",
            "LinuxForHealth-x12__835_005010X221A1__medicare-part-a.835", "Project-Herophilus-Assets__277CA_Sample_Rejected_.txt"})
    void otherDelimitersUsedConsistentlyReadTheSame(String sample) {
        String text = X12Files.text(sample);
        char element = X12Files.elementSeparator(text);
        char terminator = X12Files.terminator(text);
        int isa = text.indexOf("ISA");
        char component = text.charAt(text.indexOf(terminator, isa) - 1);
        ParsedFile original = X12Files.read(text);

        for (String swap : new String[] {"|!\n", "+>'", "\u001D\u001F\u001C"}) {
            String changed = text.chars().mapToObj(c -> c == element ? String.valueOf(swap.charAt(0))
                    : c == component ? String.valueOf(swap.charAt(1)) : c == terminator ? String.valueOf(swap.charAt(2))
                    : c == '\n' || c == '\r' ? "" : String.valueOf((char) c)).collect(java.util.stream.Collectors.joining());
            assertThat(X12Files.read(changed)).as("delimiters %s", swap).isEqualTo(original);
        }
    }

    // --- envelope structure ------------------------------------------------------------------------

    @Test
    void aMissingIea() {
        ParsedFile file = X12Files.read(X12Files.without(SAMPLE, s -> s.startsWith("IEA")));
        assertThat(file.problems()).extracting(Problem::code, Problem::segmentPosition, Problem::segmentId)
                .containsExactly(tuple(X12ProblemCodes.TRUNCATED, 34L, "GE"));
        assertThat(file.problems().get(0).message()).contains("no IEA");
    }

    @Test
    void aMissingGe() {
        ParsedFile file = X12Files.read(X12Files.without(SAMPLE, s -> s.startsWith("GE")));
        assertThat(file.problems()).extracting(Problem::code, Problem::segmentPosition, Problem::segmentId)
                .containsExactly(tuple(X12ProblemCodes.TRUNCATED, 34L, "IEA"));
        assertThat(file.problems().get(0).message()).contains("no GE");
    }

    @Test
    void aMissingSe() {
        ParsedFile file = X12Files.read(X12Files.without(SAMPLE, s -> s.startsWith("SE")));
        assertThat(file.problems()).extracting(Problem::code, Problem::segmentPosition, Problem::segmentId)
                .containsExactly(tuple(X12ProblemCodes.TRUNCATED, 33L, "GE"));
        assertThat(file.problems().get(0).message()).contains("no SE");
    }

    @Test
    void aMissingSt() {
        ParsedFile file = X12Files.read(X12Files.without(SAMPLE, s -> s.startsWith("ST*")));
        assertThat(file.hasErrors()).isTrue();
        assertThat(X12Files.errors(file)).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo(X12ProblemCodes.UNEXPECTED_SEGMENT);
            assertThat(p.segmentPosition()).isEqualTo(3);
            assertThat(p.segmentId()).isEqualTo("BPR");
        });
        assertThat(file.remittances()).isEmpty();
    }

    @Test
    void aMissingGs() {
        ParsedFile file = X12Files.read(X12Files.without(SAMPLE, s -> s.startsWith("GS*")));
        assertThat(X12Files.errors(file)).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo(X12ProblemCodes.UNEXPECTED_SEGMENT);
            assertThat(p.segmentPosition()).isEqualTo(2);
            assertThat(p.segmentId()).isEqualTo("ST");
        });
    }

    @Test
    void aDeletedContentSegmentBreaksTheSegmentCount() {
        ParsedFile file = X12Files.read(X12Files.without(SAMPLE, s -> s.startsWith("DTM*405")));
        assertThat(file.problems()).extracting(Problem::code, Problem::segmentPosition, Problem::segmentId)
                .containsExactly(tuple(X12ProblemCodes.SEGMENT_COUNT_MISMATCH, 32L, "SE"));
        assertThat(file.problems().get(0).message()).contains("SE01 says 31").contains("has 30");
    }

    @Test
    void aWrongSegmentCount() {
        assertOnly(X12Files.read(sample().replace("SE*31*0001", "SE*310*0001")), X12ProblemCodes.SEGMENT_COUNT_MISMATCH, 33, "SE");
        assertOnly(X12Files.read(sample().replace("SE*31*0001", "SE**0001")), X12ProblemCodes.SEGMENT_COUNT_MISMATCH, 33, "SE");
    }

    @Test
    void mismatchedControlNumbersAndCounts() {
        assertOnly(X12Files.read(sample().replace("SE*31*0001", "SE*31*0002")), X12ProblemCodes.TRANSACTION_CONTROL_MISMATCH, 33, "SE");
        assertOnly(X12Files.read(sample().replace("GE*1*383880001", "GE*1*383880002")), X12ProblemCodes.GROUP_CONTROL_MISMATCH, 34, "GE");
        assertOnly(X12Files.read(sample().replace("GE*1*383880001", "GE*2*383880001")), X12ProblemCodes.TRANSACTION_COUNT_MISMATCH, 34, "GE");
        assertOnly(X12Files.read(sample().replace("IEA*1*000238388", "IEA*1*000238389")), X12ProblemCodes.INTERCHANGE_CONTROL_MISMATCH, 35, "IEA");
        assertOnly(X12Files.read(sample().replace("IEA*1*000238388", "IEA*2*000238388")), X12ProblemCodes.GROUP_COUNT_MISMATCH, 35, "IEA");
    }

    @Test
    void aSegmentOutsideAnyEnvelope() {
        // after an IEA only an ISA may follow; StAEDI stops there
        ParsedFile file = X12Files.read(sample() + "CLP*X*1*1*1~");
        assertOnly(file, X12ProblemCodes.SYNTAX, 36, null);
        // a GS without its ISA is caught by the envelope check
        ParsedFile groupOnly = X12Files.read(sample().replace("IEA*1*000238388~", "IEA*1*000238388~ISA"));
        assertOnly(groupOnly, X12ProblemCodes.INVALID_HEADER, 36, "ISA");
    }

    /** Two files joined end to end, each with its byte-order mark, CRLF and indentation: two interchanges. */
    @Test
    void filesJoinedEndToEndReadAsSeveralInterchanges() {
        String one = X12Files.text(INDENTED_WITH_BOM);
        ParsedFile file = X12Files.read(one + one.replace("004075123", "004075124"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.interchanges()).extracting(i -> i.controlNumber()).containsExactly("004075123", "004075124");
        assertThat(file.remittances()).extracting(r -> r.claims().size()).containsExactly(9, 9);
    }

    @Test
    void trailingControlCharactersAfterTheLastIeaAreIgnored() {
        assertThat(X12Files.read(sample() + "\u001A").problems()).isEmpty();
        assertThat(X12Files.read(sample() + "\u0000\u0000\u0000").problems()).isEmpty();
    }

    /**
     * Text is read as UTF-8. A byte that is not (a Latin-1 name, say) is read as ISO-8859-1 with a
     * warning at its segment, instead of failing the whole remittance.
     */
    @Test
    void bytesThatAreNotUtf8AreReadAsLatin1WithAWarning() {
        ParsedFile utf8 = X12Files.read(new String(sample().replace("BACH", "B\u00dcCH").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1));
        assertThat(utf8.problems()).isEmpty();
        assertThat(utf8.remittances().get(0).claims().get(0).patientName()).isEqualTo("B\u00dcCH, JOHANN");

        ParsedFile latin1 = X12Files.read(sample().replace("BACH", "B\u00dcCH"));
        assertThat(latin1.hasErrors()).isFalse();
        assertThat(latin1.problems()).extracting(Problem::code, Problem::segmentPosition, Problem::segmentId)
                .containsExactly(tuple(X12ProblemCodes.NOT_UTF8, 16L, "NM1"));
        assertThat(latin1.remittances().get(0).claims().get(0).patientName()).isEqualTo("B\u00dcCH, JOHANN");
    }

    /** Valid UTF-8 of every length passes untouched; each kind of invalid sequence is read byte by byte as Latin-1. */
    @ParameterizedTest
    @ValueSource(strings = {
            "C3A9",      // é, two bytes
            "E282AC"})   // euro sign, three bytes
    void validUtf8PassesUntouched(String hex) {
        String name = new String(java.util.HexFormat.of().parseHex(hex), StandardCharsets.ISO_8859_1);
        ParsedFile file = X12Files.read(sample().replace("BACH", "B" + name + "CH"));
        assertThat(file.problems()).isEmpty();
        assertThat(file.remittances().get(0).claims().get(0).patientName())
                .isEqualTo("B" + new String(java.util.HexFormat.of().parseHex(hex), StandardCharsets.UTF_8) + "CH, JOHANN");
    }

    /** StAEDI cannot tokenize characters beyond U+FFFF (four UTF-8 bytes): a syntax error at their segment. */
    @Test
    void charactersBeyondTheBasicPlaneAreASyntaxError() {
        String emoji = new String(java.util.HexFormat.of().parseHex("F09F9880"), StandardCharsets.ISO_8859_1);
        ParsedFile file = X12Files.read(sample().replace("BACH", "B" + emoji + "CH"));
        assertThat(X12Files.errors(file)).extracting(Problem::code, Problem::segmentPosition, Problem::segmentId)
                .containsExactly(tuple(X12ProblemCodes.SYNTAX, 16L, "NM1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "80",        // a continuation byte alone
            "C080",      // overlong
            "EDA080",    // a UTF-16 surrogate
            "E282",      // a three-byte sequence cut short
            "F4908080",  // above U+10FFFF
            "FF"})       // never in UTF-8
    void invalidUtf8IsReadAsLatin1(String hex) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex);
        String name = new String(bytes, StandardCharsets.ISO_8859_1);
        ParsedFile file = X12Files.read(sample().replace("BACH", "B" + name + "CH"));

        assertThat(file.hasErrors()).isFalse();
        assertThat(file.problems()).extracting(Problem::code, Problem::segmentPosition)
                .containsExactly(tuple(X12ProblemCodes.NOT_UTF8, 16L));
        assertThat(file.problems().get(0).message()).startsWith(bytes.length + " byte(s)");
        assertThat(file.remittances().get(0).claims().get(0).patientName()).isEqualTo("B" + name + "CH, JOHANN");
    }

    // --- other transaction sets --------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"837", "999", "270", "ABC"})
    void aFileWithOnlyATransactionTheImporterDoesNotRead(String type) {
        ParsedFile file = X12Files.read(sample().replace("ST*835*0001", "ST*" + type + "*0001"));

        assertThat(file.format()).isEqualTo(SourceFormat.UNKNOWN);
        assertThat(file.remittances()).isEmpty();
        assertThat(X12Files.warnings(file)).extracting(Problem::code, Problem::segmentPosition)
                .containsExactly(tuple(X12ProblemCodes.SKIPPED_TRANSACTION, 3L));
        assertThat(X12Files.errors(file)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(X12ProblemCodes.UNSUPPORTED_TRANSACTION);
            assertThat(p.segmentPosition()).isEqualTo(3);
            assertThat(p.segmentId()).isEqualTo("ST");
            assertThat(p.message()).contains(type);
        });
    }

    @Test
    void anotherTransactionBesideAnRemittanceIsSkippedWithAWarning() {
        String text = sample();
        String transaction = text.substring(text.indexOf("ST*835"), text.indexOf("GE*"));
        String claimFile = transaction.replace("ST*835*0001", "ST*837*0002").replace("SE*31*0001", "SE*31*0002");
        ParsedFile file = X12Files.read(text.replace("GE*1*", claimFile + "GE*2*"));

        assertThat(file.hasErrors()).isFalse();
        assertThat(file.format()).isEqualTo(SourceFormat.X12_835);
        assertThat(file.remittances()).hasSize(1);
        assertThat(file.problems()).extracting(Problem::code, Problem::segmentPosition)
                .containsExactly(tuple(X12ProblemCodes.SKIPPED_TRANSACTION, 34L));
    }

    @Test
    void remittancesAndAcknowledgmentsInOneFileAreBothReadWithAWarning() {
        String acknowledgment = X12Files.text(AcknowledgmentSamplesTest.ACCEPTED);
        ParsedFile file = X12Files.read(sample() + acknowledgment);

        assertThat(file.hasErrors()).isFalse();
        assertThat(file.format()).isEqualTo(SourceFormat.X12_835);
        assertThat(file.remittances()).hasSize(1);
        assertThat(file.acknowledgments()).hasSize(1);
        assertThat(file.problems()).extracting(Problem::code).containsExactly(X12ProblemCodes.MIXED_TRANSACTION_TYPES);
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** Exactly one problem, an ERROR with this code at this position, and the file marked for quarantine. */
    static void assertOnly(ParsedFile file, String code, long position, String segmentId) {
        assertThat(file.problems()).as(file.problems().toString()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.segmentPosition()).isEqualTo(position);
            assertThat(p.segmentId()).isEqualTo(segmentId);
            assertThat(p.message()).isNotBlank();
        });
        assertThat(file.hasErrors()).isTrue();
    }
}
