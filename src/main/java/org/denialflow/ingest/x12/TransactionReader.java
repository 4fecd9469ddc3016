package org.denialflow.ingest.x12;

import java.util.List;

import org.denialflow.ingest.model.ClaimAcknowledgment;
import org.denialflow.ingest.model.Remittance;

/** Reads the content segments of one ST..SE transaction (ST and SE themselves excluded). */
interface TransactionReader {

    void accept(X12Segment segment);

    /** Called once at SE, or at the end of the input when SE is missing. */
    void finish(Results results);

    /** Where finished transactions go: the lists of the interchange being read. */
    record Results(List<Remittance> remittances, List<ClaimAcknowledgment> acknowledgments) {
    }

    /** For transaction types the importer does not read (278, 837, 999...). */
    TransactionReader SKIP = new TransactionReader() {
        @Override
        public void accept(X12Segment segment) {
        }

        @Override
        public void finish(Results results) {
        }
    };
}
