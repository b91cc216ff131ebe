package io.fleet.dispatch.complaint;

import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;

/**
 * RFC 4180 lines. Text a citizen wrote goes into spreadsheets: a cell starting with = + - @ is prefixed with an
 * apostrophe so that it is shown, not run as a formula.
 */
final class Csv {

    private Csv() {
    }

    static void line(StringBuilder out, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append('\n');
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Timestamp t ? t.toInstant().toString()
                : value instanceof TemporalAccessor ? value.toString() : String.valueOf(value);
        if (value instanceof CharSequence && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || s.startsWith("'")) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
