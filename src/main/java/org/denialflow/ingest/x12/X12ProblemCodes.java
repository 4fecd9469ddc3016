package org.denialflow.ingest.x12;

/** The {@code Problem.code} values the X12 reader reports. */
public final class X12ProblemCodes {

    // ERROR: the file must be quarantined
    public static final String EMPTY_FILE = "X12_EMPTY_FILE";
    public static final String NOT_X12 = "X12_NOT_X12";
    public static final String NO_ENVELOPE = "X12_NO_ENVELOPE";
    public static final String TRUNCATED = "X12_TRUNCATED";
    public static final String SYNTAX = "X12_SYNTAX";
    public static final String INVALID_HEADER = "X12_INVALID_ISA";
    public static final String UNEXPECTED_SEGMENT = "X12_UNEXPECTED_SEGMENT";
    /** Transaction sets, but none the importer reads (e.g. an 837 claim file sent in by mistake). */
    public static final String UNSUPPORTED_TRANSACTION = "X12_UNSUPPORTED_TRANSACTION";
    public static final String SEGMENT_COUNT_MISMATCH = "X12_SE01_COUNT_MISMATCH";
    public static final String TRANSACTION_CONTROL_MISMATCH = "X12_SE02_ST02_MISMATCH";
    public static final String TRANSACTION_COUNT_MISMATCH = "X12_GE01_COUNT_MISMATCH";
    public static final String GROUP_CONTROL_MISMATCH = "X12_GE02_GS06_MISMATCH";
    public static final String GROUP_COUNT_MISMATCH = "X12_IEA01_COUNT_MISMATCH";
    public static final String INTERCHANGE_CONTROL_MISMATCH = "X12_IEA02_ISA13_MISMATCH";
    public static final String INVALID_AMOUNT = "X12_INVALID_AMOUNT";
    public static final String INVALID_DATE = "X12_INVALID_DATE";
    public static final String LIMIT_EXCEEDED = "X12_LIMIT_EXCEEDED";
    public static final String READ_FAILED = "X12_READ_FAILED";

    // WARNING: reported, the data is still taken
    public static final String UNBALANCED_CLAIM = "X12_UNBALANCED_CLAIM";
    public static final String MISSING_AMOUNT = "X12_MISSING_AMOUNT";
    public static final String SKIPPED_TRANSACTION = "X12_SKIPPED_TRANSACTION";
    public static final String MIXED_TRANSACTION_TYPES = "X12_MIXED_TRANSACTION_TYPES";
    public static final String NON_CLAIM_STATUS = "X12_NON_CLAIM_STATUS";
    public static final String HEADER_NOT_FIXED_LENGTH = "X12_ISA_NOT_FIXED_LENGTH";
    /** Bytes that are not UTF-8 (e.g. a Latin-1 name) were read as ISO-8859-1. */
    public static final String NOT_UTF8 = "X12_NOT_UTF8";
    public static final String INVALID_PAYMENT_DATE = "X12_INVALID_PAYMENT_DATE";
    public static final String INVALID_ENVELOPE_DATE = "X12_INVALID_ENVELOPE_DATE";
    public static final String TOO_MANY_PROBLEMS = "X12_TOO_MANY_PROBLEMS";

    private X12ProblemCodes() {
    }
}
