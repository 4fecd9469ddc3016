package org.denialflow.ingest.x12;

import java.util.ArrayList;
import java.util.List;

import org.denialflow.ingest.model.Problem;

/** Collects the problems of one file, keeping at most a fixed number of each severity. */
final class ProblemLog {

    private final int maxPerSeverity;
    private final List<Problem> problems = new ArrayList<>();
    private int errors;
    private int warnings;
    private int droppedErrors;
    private int droppedWarnings;

    ProblemLog(int maxPerSeverity) {
        this.maxPerSeverity = maxPerSeverity;
    }

    void error(String code, String message, long position, String segmentId) {
        if (errors++ < maxPerSeverity) {
            problems.add(Problem.error(code, message, position, segmentId));
        } else {
            droppedErrors++;
        }
    }

    void warning(String code, String message, long position, String segmentId, String claimReference) {
        if (warnings++ < maxPerSeverity) {
            problems.add(Problem.warning(code, message, position, segmentId, claimReference));
        } else {
            droppedWarnings++;
        }
    }

    boolean hasErrors() {
        return errors > 0;
    }

    List<Problem> toList() {
        List<Problem> result = new ArrayList<>(problems);
        if (droppedErrors > 0) {
            result.add(Problem.error(X12ProblemCodes.TOO_MANY_PROBLEMS,
                    droppedErrors + " further errors not listed", 0, null));
        }
        if (droppedWarnings > 0) {
            result.add(Problem.warning(X12ProblemCodes.TOO_MANY_PROBLEMS,
                    droppedWarnings + " further warnings not listed", 0, null, null));
        }
        return List.copyOf(result);
    }
}
