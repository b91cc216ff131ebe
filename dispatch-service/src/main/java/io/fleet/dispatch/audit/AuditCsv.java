package io.fleet.dispatch.audit;

import java.util.List;

/** The audit log as CSV (RFC 4180), UTF-8 with a byte-order mark so spreadsheet programs read the Chinese names. */
final class AuditCsv {

    private AuditCsv() {
    }

    static String of(List<AuditEntry> rows) {
        StringBuilder out = new StringBuilder("\uFEFFid,at,account_id,username,roles,client_address,action,"
                + "resource_type,resource_id,org_path,outcome,before,after\r\n");
        for (AuditEntry e : rows) {
            cells(out, e.id(), e.at(), e.accountId(), e.username(), String.join(" ", e.roles()), e.clientAddress(),
                    e.action(), e.resourceType(), e.resourceId(), e.orgPath(), e.outcome(), e.before(), e.after());
        }
        return out.toString();
    }

    private static void cells(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = values[i] == null ? "" : values[i].toString();
            // a leading = + - @ would be a formula in a spreadsheet: quote it away
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            out.append('"').append(v.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }
}
