package org.denialflow.denial.detect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.denialflow.ingest.model.Adjustment;
import org.denialflow.ingest.model.RemarkCode;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.model.ServiceLine;

/** Test helper: builds an 835 claim (a CLP loop with its SVC loops) as the reader would produce it. */
final class Claims {

    private final String status;
    private final BigDecimal charge;
    private final BigDecimal paid;
    private BigDecimal patientResponsibility;
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<RemarkCode> remarks = new ArrayList<>();
    private final List<ServiceLine> lines = new ArrayList<>();

    private Claims(String status, String charge, String paid) {
        this.status = status;
        this.charge = charge == null ? null : new BigDecimal(charge);
        this.paid = paid == null ? null : new BigDecimal(paid);
    }

    /** CLP02, CLP03, CLP04. */
    static Claims claim(String status, String charge, String paid) {
        return new Claims(status, charge, paid);
    }

    Claims patientResponsibility(String amount) {
        this.patientResponsibility = new BigDecimal(amount);
        return this;
    }

    /** A claim-level CAS triplet. */
    Claims cas(String group, String reason, String amount) {
        adjustments.add(new Adjustment(group, reason, new BigDecimal(amount), null));
        return this;
    }

    /** A claim-level remark code from MIA or MOA. */
    Claims remark(String source, String code) {
        remarks.add(new RemarkCode(code, source, null));
        return this;
    }

    Claims line(String procedure, String charge, String paid, Consumer<Line> content) {
        Line line = new Line();
        content.accept(line);
        lines.add(new ServiceLine("HC", procedure, List.of(), new BigDecimal(charge), new BigDecimal(paid), BigDecimal.ONE,
                null, null, List.copyOf(line.adjustments), List.copyOf(line.remarks)));
        return this;
    }

    Claims line(String procedure, String charge, String paid) {
        return line(procedure, charge, paid, l -> { });
    }

    RemittanceClaim build() {
        return new RemittanceClaim("PCN-1", status, charge, paid, patientResponsibility, "12", "ICN-1", "11", "1",
                "DOE, JANE", "M1", null, null, null, List.copyOf(adjustments), List.copyOf(remarks), List.copyOf(lines), 15);
    }

    /** The content of one SVC loop. */
    static final class Line {
        private final List<Adjustment> adjustments = new ArrayList<>();
        private final List<RemarkCode> remarks = new ArrayList<>();

        Line cas(String group, String reason, String amount) {
            adjustments.add(new Adjustment(group, reason, new BigDecimal(amount), null));
            return this;
        }

        /** An LQ*HE remark code. */
        Line lq(String code) {
            remarks.add(new RemarkCode(code, "LQ", "HE"));
            return this;
        }
    }
}
