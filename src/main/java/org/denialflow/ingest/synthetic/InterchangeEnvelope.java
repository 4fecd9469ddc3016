package org.denialflow.ingest.synthetic;

import java.time.LocalDate;

/** The ISA/GS opening and GE/IEA closing of one single-group interchange. */
final class InterchangeEnvelope {

    private final String senderId;
    private final String receiverId;
    private final long controlNumber;
    private final LocalDate date;
    private final String time;
    private final String functionalCode;
    private final String implementationVersion;
    private int transactions;

    InterchangeEnvelope(String senderId, String receiverId, long controlNumber, LocalDate date, String time,
                        String functionalCode, String implementationVersion) {
        this.senderId = senderId;
        this.receiverId = receiverId;
        this.controlNumber = controlNumber;
        this.date = date;
        this.time = time;
        this.functionalCode = functionalCode;
        this.implementationVersion = implementationVersion;
    }

    void open(SegmentWriter out) {
        String isa = "ISA*00*" + X12Values.fixed("", 10) + "*00*" + X12Values.fixed("", 10)
                + "*ZZ*" + X12Values.fixed(senderId, 15) + "*ZZ*" + X12Values.fixed(receiverId, 15)
                + '*' + X12Values.shortDate(date) + '*' + time + '*' + SegmentWriter.REPETITION
                + "*00501*" + interchangeControlNumber() + "*0*P*" + SegmentWriter.COMPONENT;
        out.rawSegment(isa);
        out.segment("GS", functionalCode, senderId, receiverId, X12Values.date(date), time,
                Long.toString(controlNumber), "X", implementationVersion);
    }

    /** ST02: unique within the group. */
    String nextTransactionControlNumber() {
        transactions++;
        return X12Values.zeroPadded(transactions, 4);
    }

    void close(SegmentWriter out) {
        out.segment("GE", Integer.toString(transactions), Long.toString(controlNumber));
        out.segment("IEA", "1", interchangeControlNumber());
    }

    private String interchangeControlNumber() {
        return X12Values.zeroPadded(controlNumber, 9);
    }
}
