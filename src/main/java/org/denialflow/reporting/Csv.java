package org.denialflow.reporting;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/** RFC 4180 CSV: comma separated, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
final class Csv {

    private Csv() {
    }

    static void line(Writer out, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal b ? b.toPlainString() : value.toString();
        // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
        if (!text.isEmpty() && "=+@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    static void report(Writer out, Report report) throws IOException {
        List<Report.Column> columns = report.columns();
        line(out, columns.stream().map(Report.Column::key).toList());
        for (var row : report.rows()) {
            line(out, columns.stream().map(c -> row.get(c.key())).toList());
        }
        var totals = report.totals();
        line(out, columns.stream().map(c -> "group_key".equals(c.key()) ? "TOTAL" : totals.get(c.key())).toList());
    }
}
