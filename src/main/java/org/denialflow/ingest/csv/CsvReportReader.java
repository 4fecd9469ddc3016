package org.denialflow.ingest.csv;

import org.denialflow.ingest.model.Adjustment;
import org.denialflow.ingest.model.ClaimAcknowledgment;
import org.denialflow.ingest.model.Interchange;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Party;
import org.denialflow.ingest.model.Problem;
import org.denialflow.ingest.model.Remittance;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.model.SourceFormat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a clearinghouse's daily rejection/denial report (CSV, one row per adjustment or status)
 * into a {@link ParsedFile} of format {@link SourceFormat#CSV_REPORT}: DENIAL rows become
 * remittance claims, REJECTION and ACCEPTANCE rows claim acknowledgments. Problems carry the line
 * number as their position; any ERROR means the caller quarantines the whole file.
 */
public final class CsvReportReader {

    /** Prefix of {@code implementationVersion} on everything read from a report, followed by the mapping name. */
    public static final String IMPLEMENTATION_VERSION_PREFIX = "CSV:";

    private static final Set<String> GROUP_CODES = Set.of("CO", "PR", "OA", "PI", "CR");
    private static final Set<String> REJECTION_CATEGORIES = Set.of("A3", "A6", "A7", "A8");
    private static final Set<String> ACCEPTANCE_CATEGORIES = Set.of("A1", "A2");
    private static final List<CsvColumn> ALWAYS_REQUIRED =
            List.of(CsvColumn.RECORD_TYPE, CsvColumn.PATIENT_CONTROL_NUMBER, CsvColumn.REPORT_DATE);

    private final CsvColumnMapping mapping;

    /** A reader for the standard layout. */
    public CsvReportReader() {
        this(CsvColumnMapping.standard());
    }

    public CsvReportReader(CsvColumnMapping mapping) {
        this.mapping = mapping;
    }

    public ParsedFile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads UTF-8 text (a leading byte order mark is skipped). */
    public ParsedFile read(InputStream in) {
        return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    public ParsedFile read(Reader in) {
        return new Run().read(in);
    }

    private record RemittanceKey(String payerName, String payerId, String payeeName, String payeeNpi,
                                 String checkTrace, LocalDate paymentDate) {
    }

    private record ClaimKey(String patientControlNumber, String payerClaimNumber) {
    }

    /** The state of reading one file. */
    private final class Run {
        private final List<Problem> problems = new ArrayList<>();
        private final Set<CsvColumn> reportedMissingColumns = new HashSet<>();
        private final Map<RemittanceKey, Map<ClaimKey, DenialClaimBuilder>> denials = new LinkedHashMap<>();
        private final Map<RemittanceKey, Long> remittanceLines = new LinkedHashMap<>();
        private final Map<ClaimKey, AcknowledgmentBuilder> acknowledgments = new LinkedHashMap<>();
        private final String implementationVersion = IMPLEMENTATION_VERSION_PREFIX + mapping.name();
        private LocalDate reportDate;

        ParsedFile read(Reader in) {
            CsvRecordParser parser = new CsvRecordParser(in, mapping.delimiter());
            try {
                CsvRecord header = nextNonBlank(parser);
                if (header == null) {
                    problems.add(Problem.error("EMPTY_FILE", "the report has no header row", 0, null));
                    return result();
                }
                Map<CsvColumn, Integer> columns = readHeader(header);
                if (problems.stream().anyMatch(Problem::isError)) {
                    return result();
                }
                for (CsvRecord record = nextNonBlank(parser); record != null; record = nextNonBlank(parser)) {
                    if (record.fields().size() != header.fields().size()) {
                        problems.add(Problem.error("COLUMN_COUNT", "line " + record.line() + " has "
                                + record.fields().size() + " columns, the header has " + header.fields().size(),
                                record.line(), null));
                        continue;
                    }
                    readRow(new ReportRow(record, columns, mapping, problems, reportedMissingColumns));
                }
            } catch (MalformedCsvException e) {
                problems.add(Problem.error("MALFORMED_CSV", e.getMessage(), e.line(), null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return result();
        }

        private CsvRecord nextNonBlank(CsvRecordParser parser) throws IOException, MalformedCsvException {
            CsvRecord record = parser.next();
            while (record != null && record.isBlank()) {
                record = parser.next();
            }
            return record;
        }

        private Map<CsvColumn, Integer> readHeader(CsvRecord header) {
            Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < header.fields().size(); i++) {
                String name = header.fields().get(i);
                CsvColumn column = mapping.columnFor(name).orElse(null);
                if (column == null) {
                    if (!name.isBlank()) {
                        unknown.add(name.trim());
                    }
                } else if (columns.putIfAbsent(column, i) != null) {
                    problems.add(Problem.error("DUPLICATE_COLUMN", "column '" + name.trim()
                            + "' appears twice in the header", header.line(), column.header()));
                }
            }
            if (!unknown.isEmpty()) {
                problems.add(Problem.warning("UNKNOWN_COLUMN", "columns ignored: " + unknown, header.line(),
                        null, null));
            }
            for (CsvColumn required : ALWAYS_REQUIRED) {
                if (!columns.containsKey(required)) {
                    reportedMissingColumns.add(required);
                    problems.add(Problem.error("MISSING_COLUMN", "required column '" + mapping.headerFor(required)
                            + "' is not in the header", header.line(), required.header()));
                }
            }
            if (!columns.containsKey(CsvColumn.PAYER_NAME) && !columns.containsKey(CsvColumn.PAYER_ID)) {
                problems.add(Problem.error("MISSING_COLUMN", "the header needs '"
                        + mapping.headerFor(CsvColumn.PAYER_NAME) + "' or '" + mapping.headerFor(CsvColumn.PAYER_ID)
                        + "'", header.line(), CsvColumn.PAYER_NAME.header()));
            }
            return columns;
        }

        private void readRow(ReportRow row) {
            String typeText = row.requiredText(CsvColumn.RECORD_TYPE);
            RecordType type = typeText == null ? null : mapping.recordType(typeText).orElse(null);
            if (typeText != null && type == null) {
                row.error("UNKNOWN_RECORD_TYPE", CsvColumn.RECORD_TYPE, "is not a known record type ('" + typeText + "')");
            }
            String patientControlNumber = row.requiredText(CsvColumn.PATIENT_CONTROL_NUMBER);
            LocalDate date = row.requiredDate(CsvColumn.REPORT_DATE);
            if (row.text(CsvColumn.PAYER_NAME).isEmpty() && row.text(CsvColumn.PAYER_ID).isEmpty()) {
                row.error("MISSING_VALUE", CsvColumn.PAYER_NAME, "and '" + mapping.headerFor(CsvColumn.PAYER_ID)
                        + "' are both empty");
            }
            if (type == RecordType.DENIAL) {
                readDenial(row, patientControlNumber, date);
            } else if (type != null) {
                readAcknowledgment(row, type, patientControlNumber, date);
            }
            if (row.valid() && (reportDate == null || date.isBefore(reportDate))) {
                reportDate = date;
            }
        }

        private void readDenial(ReportRow row, String patientControlNumber, LocalDate date) {
            String payerClaimNumber = row.requiredText(CsvColumn.PAYER_CLAIM_NUMBER);
            BigDecimal billed = row.requiredAmount(CsvColumn.BILLED);
            BigDecimal paid = row.requiredAmount(CsvColumn.PAID);
            String group = upper(row.requiredText(CsvColumn.GROUP_CODE));
            if (group != null && !GROUP_CODES.contains(group)) {
                row.error("BAD_GROUP_CODE", CsvColumn.GROUP_CODE, "is not CO, PR, OA, PI or CR ('" + group + "')");
            }
            String carc = upper(row.requiredText(CsvColumn.CARC));
            BigDecimal amount = row.requiredAmount(CsvColumn.ADJUSTMENT_AMOUNT);
            DenialClaimBuilder.ClaimFacts claim = new DenialClaimBuilder.ClaimFacts(patientControlNumber,
                    payerClaimNumber, row.optionalText(CsvColumn.CLAIM_STATUS), billed, paid,
                    row.optionalAmount(CsvColumn.PATIENT_RESPONSIBILITY), row.optionalText(CsvColumn.FILING_INDICATOR),
                    row.optionalText(CsvColumn.PATIENT_NAME), row.optionalText(CsvColumn.MEMBER_ID),
                    row.optionalDate(CsvColumn.SERVICE_FROM), row.optionalDate(CsvColumn.SERVICE_TO));
            String procedure = row.optionalText(CsvColumn.PROCEDURE_CODE);
            DenialClaimBuilder.LineFacts line = procedure == null ? null : new DenialClaimBuilder.LineFacts(
                    procedure.toUpperCase(Locale.ROOT), codes(row.text(CsvColumn.MODIFIERS)),
                    row.optionalAmount(CsvColumn.LINE_BILLED), row.optionalAmount(CsvColumn.LINE_PAID),
                    row.optionalAmount(CsvColumn.UNITS), claim.serviceFrom());
            LocalDate checkDate = row.optionalDate(CsvColumn.CHECK_DATE);
            if (!row.valid()) {
                return;
            }
            RemittanceKey remittance = new RemittanceKey(row.optionalText(CsvColumn.PAYER_NAME),
                    row.optionalText(CsvColumn.PAYER_ID), row.optionalText(CsvColumn.PAYEE_NAME),
                    row.optionalText(CsvColumn.PAYEE_NPI), row.optionalText(CsvColumn.CHECK_TRACE),
                    checkDate != null ? checkDate : date);
            remittanceLines.putIfAbsent(remittance, row.line());
            denials.computeIfAbsent(remittance, k -> new LinkedHashMap<>())
                    .computeIfAbsent(new ClaimKey(patientControlNumber, payerClaimNumber),
                            k -> new DenialClaimBuilder(claim, row.line()))
                    .add(row.line(), claim, line, new Adjustment(group, carc, amount, null),
                            codes(row.text(CsvColumn.RARCS)), problems);
        }

        private void readAcknowledgment(ReportRow row, RecordType type, String patientControlNumber, LocalDate date) {
            String category;
            String code;
            if (type == RecordType.REJECTION) {
                category = upper(row.requiredText(CsvColumn.STATUS_CATEGORY));
                code = row.requiredText(CsvColumn.STATUS_CODE);
                if (category != null && !REJECTION_CATEGORIES.contains(category)) {
                    row.error("BAD_STATUS_CATEGORY", CsvColumn.STATUS_CATEGORY,
                            "is not a rejection category A3, A6, A7 or A8 ('" + category + "')");
                }
            } else {
                String given = upper(row.optionalText(CsvColumn.STATUS_CATEGORY));
                category = given == null ? "A2" : given;
                code = given == null && row.text(CsvColumn.STATUS_CODE).isEmpty() ? "20" : row.requiredText(CsvColumn.STATUS_CODE);
                if (!ACCEPTANCE_CATEGORIES.contains(category)) {
                    row.error("BAD_STATUS_CATEGORY", CsvColumn.STATUS_CATEGORY,
                            "is not an acceptance category A1 or A2 ('" + category + "')");
                }
            }
            String payerClaimNumber = row.optionalText(CsvColumn.PAYER_CLAIM_NUMBER);
            AcknowledgmentBuilder.ClaimFacts facts = new AcknowledgmentBuilder.ClaimFacts(
                    row.optionalText(CsvColumn.PAYER_NAME), row.optionalText(CsvColumn.PAYER_ID),
                    row.optionalText(CsvColumn.PAYEE_NAME), row.optionalText(CsvColumn.PAYEE_NPI),
                    patientControlNumber, payerClaimNumber, row.optionalText(CsvColumn.CLEARINGHOUSE_TRACE),
                    row.optionalText(CsvColumn.PATIENT_NAME), row.optionalText(CsvColumn.MEMBER_ID),
                    row.optionalAmount(CsvColumn.BILLED), row.optionalDate(CsvColumn.SERVICE_FROM),
                    row.optionalDate(CsvColumn.SERVICE_TO), date);
            if (!row.valid()) {
                return;
            }
            acknowledgments.computeIfAbsent(new ClaimKey(patientControlNumber, payerClaimNumber),
                            k -> new AcknowledgmentBuilder(facts, row.line()))
                    .add(new ClaimAcknowledgment.ClaimStatus(category, code, upper(row.optionalText(CsvColumn.ENTITY)),
                            row.optionalText(CsvColumn.STATUS_MESSAGE)));
        }

        private ParsedFile result() {
            List<Remittance> remittances = new ArrayList<>();
            denials.forEach((key, claims) -> {
                List<RemittanceClaim> built = claims.values().stream().map(c -> c.build(problems)).toList();
                BigDecimal total = built.stream().map(RemittanceClaim::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
                remittances.add(new Remittance(implementationVersion, null, total, null, key.paymentDate(),
                        key.checkTrace(), new Party(key.payerName(), key.payerId(), null),
                        new Party(key.payeeName(), key.payeeNpi(), null), built, remittanceLines.get(key)));
            });
            List<ClaimAcknowledgment> acks = acknowledgments.values().stream()
                    .map(a -> a.build(implementationVersion)).toList();
            List<Interchange> interchanges = remittances.isEmpty() && acks.isEmpty() ? List.of()
                    : List.of(new Interchange(mapping.senderId(), null, null, reportDate, List.copyOf(remittances), acks));
            return new ParsedFile(SourceFormat.CSV_REPORT, interchanges, List.copyOf(problems));
        }
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** RARCs or modifiers in one cell, separated by |, ;, comma or spaces. */
    private static List<String> codes(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("[|;,\\s]+")).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
    }
}
