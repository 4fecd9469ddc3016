package org.denialflow.ingest.x12;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.denialflow.ingest.model.Interchange;
import org.denialflow.ingest.model.SourceFormat;

/**
 * Follows the ISA/GS/ST envelopes of a segment stream, checks their counts and control numbers,
 * and hands each transaction's content to the reader for its type.
 */
final class EnvelopeAssembler {

    private final ProblemLog problems;
    private final X12Values values;
    private final List<Interchange> interchanges = new ArrayList<>();
    private final Set<String> transactionTypesRead = new LinkedHashSet<>();
    private final Set<String> skippedTypes = new LinkedHashSet<>();
    private X12Segment firstSkipped;

    private X12Segment isa;
    private int groupsInInterchange;
    private TransactionReader.Results interchangeResults;

    private X12Segment gs;
    private int transactionsInGroup;

    private X12Segment st;
    private long segmentsInTransaction;
    private TransactionReader transaction;

    private X12Segment last;

    EnvelopeAssembler(ProblemLog problems) {
        this.problems = problems;
        this.values = new X12Values(problems);
    }

    void accept(X12Segment segment) {
        last = segment;
        switch (segment.id()) {
            case "ISA" -> startInterchange(segment);
            case "GS" -> startGroup(segment);
            case "ST" -> startTransaction(segment);
            case "SE" -> endTransaction(segment);
            case "GE" -> endGroup(segment);
            case "IEA" -> endInterchange(segment);
            case "TA1" -> {
                if (isa == null || gs != null) {
                    unexpected(segment, "TA1 is only allowed between ISA and GS");
                }
            }
            default -> content(segment);
        }
    }

    /**
     * Closes every envelope the input left open so its content is kept, reporting each one when
     * {@code reportOpen} (the input ended there; not when reading stopped on an error already reported).
     */
    void endOfInput(boolean reportOpen) {
        long position = last == null ? 0 : last.position();
        String id = last == null ? null : last.id();
        if (st != null) {
            if (reportOpen) {
                problems.error(X12ProblemCodes.TRUNCATED, "input ends inside transaction " + st.value(2)
                        + " (no SE)", position, id);
            }
            closeTransaction();
        }
        if (gs != null) {
            if (reportOpen) {
                problems.error(X12ProblemCodes.TRUNCATED, "input ends inside functional group " + gs.value(6)
                        + " (no GE)", position, id);
            }
            gs = null;
        }
        if (isa != null) {
            if (reportOpen) {
                problems.error(X12ProblemCodes.TRUNCATED, "input ends inside interchange " + isa.value(13)
                        + " (no IEA)", position, id);
            }
            closeInterchange();
        }
    }

    List<Interchange> interchanges() {
        return List.copyOf(interchanges);
    }

    SourceFormat resolveFormat() {
        if (transactionTypesRead.isEmpty() && firstSkipped != null) {
            problems.error(X12ProblemCodes.UNSUPPORTED_TRANSACTION, "the file holds no 835 or 277 transaction, only "
                    + skippedTypes + ": nothing the importer reads", firstSkipped.position(), firstSkipped.id());
        }
        if (transactionTypesRead.size() > 1) {
            problems.warning(X12ProblemCodes.MIXED_TRANSACTION_TYPES,
                    "file mixes transaction types " + transactionTypesRead, 0, null, null);
        }
        String first = transactionTypesRead.stream().findFirst().orElse("");
        return switch (first) {
            case "835" -> SourceFormat.X12_835;
            case "277" -> SourceFormat.X12_277;
            default -> SourceFormat.UNKNOWN;
        };
    }

    private void startInterchange(X12Segment segment) {
        if (isa != null) {
            problems.error(X12ProblemCodes.TRUNCATED, "new ISA while interchange " + isa.value(13)
                    + " is still open (no IEA)", segment.position(), segment.id());
            abandonOpenGroup(segment);
            closeInterchange();
        }
        isa = segment;
        groupsInInterchange = 0;
        interchangeResults = new TransactionReader.Results(new ArrayList<>(), new ArrayList<>());
    }

    private void startGroup(X12Segment segment) {
        if (isa == null) {
            unexpected(segment, "GS outside an interchange (no ISA)");
            return;
        }
        abandonOpenGroup(segment);
        gs = segment;
        groupsInInterchange++;
        transactionsInGroup = 0;
    }

    private void startTransaction(X12Segment segment) {
        if (gs == null) {
            unexpected(segment, "ST outside a functional group (no GS)");
            return;
        }
        if (st != null) {
            problems.error(X12ProblemCodes.TRUNCATED, "new ST while transaction " + st.value(2)
                    + " is still open (no SE)", segment.position(), segment.id());
            closeTransaction();
        }
        st = segment;
        segmentsInTransaction = 1;
        transactionsInGroup++;
        String type = segment.value(1);
        String version = segment.has(3) ? segment.value(3) : gs.value(8);
        transaction = switch (type) {
            case "835" -> new RemittanceTransactionReader(version, segment, problems, values);
            case "277" -> new AcknowledgmentTransactionReader(version, problems, values);
            default -> {
                problems.warning(X12ProblemCodes.SKIPPED_TRANSACTION, "transaction set " + type
                        + " is not read by the importer; skipped", segment.position(), segment.id(), null);
                if (firstSkipped == null) {
                    firstSkipped = segment;
                }
                skippedTypes.add(type);
                yield TransactionReader.SKIP;
            }
        };
        if (transaction != TransactionReader.SKIP) {
            transactionTypesRead.add(type);
        }
    }

    private void endTransaction(X12Segment segment) {
        if (st == null) {
            unexpected(segment, "SE without ST");
            return;
        }
        segmentsInTransaction++;
        String declared = segment.value(1);
        if (!declared.equals(Long.toString(segmentsInTransaction))) {
            problems.error(X12ProblemCodes.SEGMENT_COUNT_MISMATCH, "SE01 says " + declared + " segments but transaction "
                    + st.value(2) + " has " + segmentsInTransaction, segment.position(), segment.id());
        }
        if (!segment.value(2).equals(st.value(2))) {
            problems.error(X12ProblemCodes.TRANSACTION_CONTROL_MISMATCH, "SE02 " + segment.value(2)
                    + " does not match ST02 " + st.value(2), segment.position(), segment.id());
        }
        closeTransaction();
    }

    private void endGroup(X12Segment segment) {
        if (gs == null) {
            unexpected(segment, "GE without GS");
            return;
        }
        if (st != null) {
            problems.error(X12ProblemCodes.TRUNCATED, "GE while transaction " + st.value(2)
                    + " is still open (no SE)", segment.position(), segment.id());
            closeTransaction();
        }
        String declared = segment.value(1);
        if (!declared.equals(Integer.toString(transactionsInGroup))) {
            problems.error(X12ProblemCodes.TRANSACTION_COUNT_MISMATCH, "GE01 says " + declared
                    + " transactions but group " + gs.value(6) + " has " + transactionsInGroup,
                    segment.position(), segment.id());
        }
        if (!segment.value(2).equals(gs.value(6))) {
            problems.error(X12ProblemCodes.GROUP_CONTROL_MISMATCH, "GE02 " + segment.value(2)
                    + " does not match GS06 " + gs.value(6), segment.position(), segment.id());
        }
        gs = null;
    }

    private void endInterchange(X12Segment segment) {
        if (isa == null) {
            unexpected(segment, "IEA without ISA");
            return;
        }
        abandonOpenGroup(segment);
        String declared = segment.value(1);
        if (!declared.equals(Integer.toString(groupsInInterchange))) {
            problems.error(X12ProblemCodes.GROUP_COUNT_MISMATCH, "IEA01 says " + declared
                    + " functional groups but interchange " + isa.value(13) + " has " + groupsInInterchange,
                    segment.position(), segment.id());
        }
        if (!segment.value(2).equals(isa.value(13))) {
            problems.error(X12ProblemCodes.INTERCHANGE_CONTROL_MISMATCH, "IEA02 " + segment.value(2)
                    + " does not match ISA13 " + isa.value(13), segment.position(), segment.id());
        }
        closeInterchange();
    }

    private void content(X12Segment segment) {
        if (st == null) {
            unexpected(segment, segment.id() + " outside a transaction (no ST)");
            return;
        }
        segmentsInTransaction++;
        transaction.accept(segment);
    }

    private void abandonOpenGroup(X12Segment at) {
        if (st != null) {
            problems.error(X12ProblemCodes.TRUNCATED, at.id() + " while transaction " + st.value(2)
                    + " is still open (no SE)", at.position(), at.id());
            closeTransaction();
        }
        if (gs != null) {
            problems.error(X12ProblemCodes.TRUNCATED, at.id() + " while functional group " + gs.value(6)
                    + " is still open (no GE)", at.position(), at.id());
            gs = null;
        }
    }

    private void closeTransaction() {
        transaction.finish(interchangeResults);
        st = null;
        transaction = null;
    }

    private void closeInterchange() {
        interchanges.add(new Interchange(isa.value(6), isa.value(8), isa.value(13),
                interchangeDate(isa), List.copyOf(interchangeResults.remittances()),
                List.copyOf(interchangeResults.acknowledgments())));
        isa = null;
    }

    private LocalDate interchangeDate(X12Segment header) {
        String text = header.value(9);
        if (text.matches("\\d{6}")) {
            try {
                return LocalDate.of(2000 + Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(2, 4)),
                        Integer.parseInt(text.substring(4, 6)));
            } catch (DateTimeException e) {
                // reported below
            }
        }
        problems.warning(X12ProblemCodes.INVALID_ENVELOPE_DATE, "ISA09 '" + text + "' is not a valid YYMMDD date",
                header.position(), header.id(), null);
        return null;
    }

    private void unexpected(X12Segment segment, String message) {
        problems.error(X12ProblemCodes.UNEXPECTED_SEGMENT, message, segment.position(), segment.id());
    }
}
