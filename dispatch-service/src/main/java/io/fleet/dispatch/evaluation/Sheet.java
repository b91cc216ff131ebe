package io.fleet.dispatch.evaluation;

import java.util.ArrayList;
import java.util.List;

/** A table to export: a header row and rows of cells (text, numbers or null). */
record Sheet(String name, List<String> headers, List<List<Object>> rows) {

    static Sheet units(Evaluation.Report<Evaluation.UnitRow> report) {
        List<String> headers = new ArrayList<>(List.of("org_id", "parent_id", "depth", "unit", "kind"));
        Figures.COLUMNS.forEach(c -> headers.add(c.header()));
        List<List<Object>> rows = new ArrayList<>();
        for (Evaluation.UnitRow r : report.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.orgId(), r.parentId() == null ? "" : r.parentId(), r.depth(),
                    r.name(), r.kind()));
            Figures.COLUMNS.forEach(c -> row.add(c.value().apply(r.figures())));
            rows.add(row);
        }
        return new Sheet("units " + report.from() + " " + report.to(), headers, rows);
    }

    static Sheet vehicles(Evaluation.Report<Evaluation.VehicleRow> report) {
        List<String> headers = new ArrayList<>(List.of("vehicle_id", "plate", "org_id", "unit", "kind", "energy"));
        Figures.COLUMNS.forEach(c -> headers.add(c.header()));
        List<List<Object>> rows = new ArrayList<>();
        for (Evaluation.VehicleRow r : report.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.vehicleId(), r.plate(), r.orgId(), r.orgName(), r.kind(),
                    r.energy()));
            Figures.COLUMNS.forEach(c -> row.add(c.value().apply(r.figures())));
            rows.add(row);
        }
        return new Sheet("vehicles " + report.from() + " " + report.to(), headers, rows);
    }

    /**
     * RFC 4180 text. Names typed by people go into spreadsheets: a text cell starting with = + - @ gets an apostrophe
     * so that it is shown, not run as a formula.
     */
    String csv() {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(headers));
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    /** A cell as text; numbers never in exponent form (1.0E-4), which not every program reads. */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }

    private static void line(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = cells.get(i);
            String s = text(v);
            if (v instanceof CharSequence && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
                s = "'" + s;
            }
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                    || s.startsWith("'")) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            out.append(s);
        }
        out.append("\r\n");
    }
}
