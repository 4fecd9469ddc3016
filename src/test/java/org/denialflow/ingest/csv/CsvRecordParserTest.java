package org.denialflow.ingest.csv;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRecordParserTest {

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws Exception {
        List<CsvRecord> records = parse("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\n");
        assertThat(records.get(0).fields()).containsExactly("a", "b, c", "say \"hi\"");
        assertThat(records.get(1).fields()).containsExactly("two\nlines", "x", "");
    }

    @Test
    void recordsKnowTheLineTheyStartOnAcrossCrLfCrAndQuotedBreaks() throws Exception {
        List<CsvRecord> records = parse("h1,h2\r\n\"multi\r\nline\",1\r\n\r\nlast,2\rafter,3");
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L, 5L, 6L);
        assertThat(records.get(1).fields().get(0)).isEqualTo("multi\nline");
        assertThat(records.get(2).isBlank()).isTrue();
        assertThat(records.get(4).fields()).containsExactly("after", "3");
    }

    @Test
    void aLeadingByteOrderMarkIsNotPartOfTheFirstHeader() throws Exception {
        assertThat(parse("\uFEFFrecord_type,x\n").get(0).fields()).containsExactly("record_type", "x");
    }

    @Test
    void otherDelimitersWork() throws Exception {
        assertThat(new CsvRecordParser(new StringReader("a;\"b;c\"\n"), ';').next().fields()).containsExactly("a", "b;c");
    }

    @Test
    void anUnterminatedQuoteIsReportedWithTheLineItStarted() {
        assertThatThrownBy(() -> parse("a,b\nc,\"open\nstill open\n"))
                .isInstanceOf(MalformedCsvException.class)
                .satisfies(e -> assertThat(((MalformedCsvException) e).line()).isEqualTo(2));
    }

    @Test
    void strayQuotesAreRejected() {
        assertThatThrownBy(() -> parse("\"closed\"junk,b\n")).isInstanceOf(MalformedCsvException.class);
        assertThatThrownBy(() -> parse("ab\"c,d\n")).isInstanceOf(MalformedCsvException.class);
    }

    private static List<CsvRecord> parse(String text) throws Exception {
        CsvRecordParser parser = new CsvRecordParser(new StringReader(text), ',');
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r = parser.next(); r != null; r = parser.next()) {
            records.add(r);
        }
        return records;
    }
}
