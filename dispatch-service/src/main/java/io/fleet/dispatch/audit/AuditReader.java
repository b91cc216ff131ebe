package io.fleet.dispatch.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the audit log for GET /api/audit: one index range over the caller's subtree, newest first. */
@ApplicationScoped
public class AuditReader {

    private final DataSource dataSource;
    private final ObjectMapper json;

    AuditReader(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    AuditPage read(AuditQuery q) {
        List<AuditEntry> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT id, at, account_id, username, roles, client_address, action, resource_type, resource_id,
                       org_path, before::text, after::text, outcome
                FROM audit_log
                WHERE org_path LIKE ? || '%'
                  AND (?::timestamptz IS NULL OR at >= ?) AND (?::timestamptz IS NULL OR at < ?)
                  AND (?::text IS NULL OR username = ?) AND (?::text IS NULL OR action = ?)
                  AND (?::text IS NULL OR resource_type = ?) AND (?::text IS NULL OR resource_id = ?)
                ORDER BY at DESC, id DESC LIMIT ? OFFSET ?""")) {
            int i = 1;
            s.setString(i++, likeSafe(q.orgPath()));
            Timestamp from = q.from() == null ? null : Timestamp.from(q.from());
            Timestamp to = q.to() == null ? null : Timestamp.from(q.to());
            for (Object v : new Object[] {from, from, to, to}) {
                s.setObject(i++, v);
            }
            for (String v : new String[] {q.actor(), q.actor(), q.action(), q.action(), q.resourceType(),
                    q.resourceType(), q.resourceId(), q.resourceId()}) {
                s.setString(i++, v);
            }
            s.setInt(i++, q.size() + 1);
            s.setLong(i, (long) q.page() * q.size());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(entry(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        boolean more = rows.size() > q.size();
        return new AuditPage(more ? rows.subList(0, q.size()) : rows, q.page(), q.size(), more);
    }

    /** Paths are '/1/4/' of digits and slashes; anything else must not act as a LIKE wildcard. */
    private static String likeSafe(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private AuditEntry entry(ResultSet rs) throws SQLException {
        long account = rs.getLong(3);
        Long accountId = rs.wasNull() ? null : account;
        Array roles = rs.getArray(5);
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant().toString(), accountId,
                rs.getString(4), roles == null ? List.of() : Arrays.asList((String[]) roles.getArray()),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                node(rs.getString(11)), node(rs.getString(12)), rs.getString(13));
    }

    private JsonNode node(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
