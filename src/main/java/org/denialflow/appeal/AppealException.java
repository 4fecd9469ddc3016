package org.denialflow.appeal;

/** A request about appeal work that cannot be done as asked; the message says why, for the user. */
public class AppealException extends RuntimeException {

    public enum Reason { NOT_FOUND, CONFLICT, INVALID, MISSING_DATA, TOO_LARGE, UNSUPPORTED_TYPE }

    private final Reason reason;

    public AppealException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    AppealException(String message) {
        this(Reason.MISSING_DATA, message);
    }

    public Reason reason() {
        return reason;
    }

    static AppealException notFound(String message) {
        return new AppealException(Reason.NOT_FOUND, message);
    }

    static AppealException conflict(String message) {
        return new AppealException(Reason.CONFLICT, message);
    }

    static AppealException invalid(String message) {
        return new AppealException(Reason.INVALID, message);
    }
}
