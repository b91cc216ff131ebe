package io.fleet.dispatch.terminal.command;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** The terminal_command table, on the caller's JDBC transaction (so each change commits with its audit row). */
@ApplicationScoped
class TerminalCommandStore {

    /** A command with what the API does not show: its organisation path and encoded body. */
    record Row(TerminalCommandView view, String orgPath, byte[] body) {

        CommandStatus status() {
            return CommandStatus.valueOf(view.status());
        }
    }

    /** The terminal a command is for, with its car's organisation ('/' — the root only — for a terminal in no car). */
    record Target(long terminalId, String phone, Long vehicleId, String orgPath) {
    }

    private static final String COLUMNS = """
            SELECT id, terminal_id, phone, vehicle_id, kind, msg_id, edition, request::text, dangerous, status,
                   requested_by_id, requested_by, requested_at, expires_at, decided_by_id, decided_by, decided_at,
                   decision_reason, sent_at, settled_at, reply_msg_id, reply_body, detail, org_path, body
            FROM terminal_command
            """;

    private final ObjectMapper json;

    TerminalCommandStore(ObjectMapper json) {
        this.json = json;
    }

    Target target(Connection c, long terminalId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT t.id, t.phone, t.vehicle_id, coalesce(v.org_path, '/')
                FROM terminal t LEFT JOIN vehicle v ON v.id = t.vehicle_id WHERE t.id = ?""")) {
            s.setLong(1, terminalId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long vehicle = rs.getLong(3);
                return new Target(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : vehicle, rs.getString(4));
            }
        }
    }

    long insert(Connection c, Target t, EncodedCommand e, CommandStatus status, long byId, String by,
                Instant expiresAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO terminal_command (terminal_id, phone, vehicle_id, org_path, kind, msg_id, edition, request,
                                              body, dangerous, status, requested_by_id, requested_by, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            s.setLong(1, t.terminalId());
            s.setString(2, t.phone());
            s.setObject(3, t.vehicleId());
            s.setString(4, t.orgPath());
            s.setString(5, e.kind().name());
            s.setInt(6, e.kind().messageId());
            s.setString(7, e.edition());
            s.setString(8, write(e.asked()));
            s.setBytes(9, e.body());
            s.setBoolean(10, e.dangerous());
            s.setString(11, status.name());
            s.setLong(12, byId);
            s.setString(13, by);
            s.setTimestamp(14, expiresAt == null ? null : Timestamp.from(expiresAt));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    Row load(Connection c, long id, boolean lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COLUMNS + "WHERE id = ?" + (lock ? " FOR UPDATE" : ""))) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? row(rs) : null;
            }
        }
    }

    /** Commands of one terminal, or of a subtree (optionally in one status), newest first. */
    List<Row> list(Connection c, Long terminalId, String orgPath, CommandStatus status, int limit) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(COLUMNS + """
                WHERE (?::bigint IS NULL OR terminal_id = ?) AND org_path LIKE ? || '%'
                  AND (?::text IS NULL OR status = ?)
                ORDER BY id DESC LIMIT ?""")) {
            String st = status == null ? null : status.name();
            s.setObject(1, terminalId);
            s.setObject(2, terminalId);
            s.setString(3, orgPath.replace("%", "\\%").replace("_", "\\_"));
            s.setString(4, st);
            s.setString(5, st);
            s.setInt(6, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }

    void decide(Connection c, long id, CommandStatus status, long byId, String by, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE terminal_command SET status = ?, decided_by_id = ?, decided_by = ?, decided_at = now(),
                       decision_reason = ? WHERE id = ?""")) {
            s.setString(1, status.name());
            s.setLong(2, byId);
            s.setString(3, by);
            s.setString(4, reason);
            s.setLong(5, id);
            s.executeUpdate();
        }
    }

    /** REQUESTED → SENT; false when the command is no longer REQUESTED (its answer came first). */
    boolean sent(Connection c, long id, String node) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE terminal_command SET status = 'SENT', node = ?, sent_at = now()
                WHERE id = ? AND status = 'REQUESTED'""")) {
            s.setString(1, node);
            s.setLong(2, id);
            return s.executeUpdate() == 1;
        }
    }

    void settle(Connection c, long id, CommandStatus status, Integer replyMsgId, byte[] replyBody, String detail)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE terminal_command SET status = ?, settled_at = now(), reply_msg_id = ?, reply_body = ?,
                       detail = ? WHERE id = ?""")) {
            s.setString(1, status.name());
            s.setObject(2, replyMsgId);
            s.setBytes(3, replyBody);
            s.setString(4, detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail);
            s.setLong(5, id);
            s.executeUpdate();
        }
    }

    /** Ids of PENDING_APPROVAL commands whose approval time has passed, locked for this transaction. */
    List<Long> overdue(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id FROM terminal_command WHERE status = 'PENDING_APPROVAL' AND expires_at <= now()
                ORDER BY id LIMIT 500 FOR UPDATE SKIP LOCKED""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private Row row(ResultSet rs) throws SQLException {
        long vehicle = rs.getLong(4);
        Long vehicleId = rs.wasNull() ? null : vehicle;
        long decider = rs.getLong(15);
        Long decidedById = rs.wasNull() ? null : decider;
        int reply = rs.getInt(21);
        Integer replyMsgId = rs.wasNull() ? null : reply;
        byte[] replyBody = rs.getBytes(22);
        TerminalCommandView view = new TerminalCommandView(rs.getLong(1), rs.getLong(2), rs.getString(3), vehicleId,
                rs.getString(5), String.format("0x%04X", rs.getInt(6)), rs.getString(7), read(rs.getString(8)),
                rs.getBoolean(9), rs.getString(10), rs.getLong(11), rs.getString(12), time(rs.getTimestamp(13)),
                time(rs.getTimestamp(14)), decidedById, rs.getString(16), time(rs.getTimestamp(17)), rs.getString(18),
                time(rs.getTimestamp(19)), time(rs.getTimestamp(20)),
                replyMsgId == null ? null : String.format("0x%04X", replyMsgId),
                replyBody == null ? null : HexFormat.of().formatHex(replyBody), rs.getString(23));
        return new Row(view, rs.getString(24), rs.getBytes(25));
    }

    private static String time(Timestamp t) {
        return t == null ? null : t.toInstant().toString();
    }

    private String write(Map<String, Object> value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
