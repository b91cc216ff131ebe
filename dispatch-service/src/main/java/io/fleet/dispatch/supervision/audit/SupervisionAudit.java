package io.fleet.dispatch.supervision.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.audit.Actor;
import io.fleet.dispatch.audit.Actors;
import io.fleet.dispatch.audit.AuditEvent;
import io.fleet.dispatch.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;

/** The append-only trail of supervision: every edit, detection, withdrawal and review step (supervision_audit). */
@ApplicationScoped
public class SupervisionAudit {

    private final ObjectMapper json;
    private final Actors actors;
    private final AuditLog log;

    SupervisionAudit(ObjectMapper json, Actors actors, AuditLog log) {
        this.json = json;
        this.actors = actors;
        this.log = log;
    }

    /**
     * Records a step in supervision's trail and in the audit log, on the step's own connection. The actor is the
     * signed-in caller; {@code systemActor} names the work only when there is none (the detection round's
     * "supervision"): a name a client sends is never used.
     */
    public void record(Connection c, String subject, Object subjectId, String systemActor, String action,
                       Map<String, Object> details) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO supervision_audit (subject, subject_id, actor, action, details) VALUES (?, ?, ?, ?, ?::jsonb)""")) {
            s.setString(1, subject);
            s.setString(2, String.valueOf(subjectId));
            s.setString(3, actors.nameOr(systemActor));
            s.setString(4, action);
            s.setString(5, details == null ? null : write(details));
            s.executeUpdate();
        }
        Actor who = actors.current();
        if (who == Actor.SYSTEM && systemActor != null && !systemActor.isBlank()) {
            who = new Actor(null, systemActor, List.of());
        }
        log.record(c, AuditEvent.of(action, subject, subjectId, orgPath(c, subject, subjectId)).change(null, details),
                who);
    }

    /** The organisation path of what a step touched, so the step shows in that subtree's audit log. */
    private static String orgPath(Connection c, String subject, Object subjectId) throws SQLException {
        String sql = switch (subject) {
            case "alarm" -> "SELECT org_path FROM alarm WHERE id::text = ?";
            case "geofence" -> "SELECT org_path FROM geofence WHERE id::text = ?";
            case "sealing" -> "SELECT org_path FROM sealing_period WHERE id::text = ?";
            case "setting" -> "SELECT path FROM organisation WHERE id::text = split_part(?, '/', 1)";
            default -> null;
        };
        if (sql == null) {
            return "/";
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, String.valueOf(subjectId));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? rs.getString(1) : "/";
            }
        }
    }

    public record Entry(long id, String at, String actor, String action, Object details) {
    }

    public List<Entry> of(Connection c, String subject, Object subjectId) throws SQLException {
        List<Entry> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, at, actor, action, details::text FROM supervision_audit WHERE subject = ? AND subject_id = ?
                ORDER BY id""")) {
            s.setString(1, subject);
            s.setString(2, String.valueOf(subjectId));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String details = rs.getString(5);
                    result.add(new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant().toString(), rs.getString(3),
                            rs.getString(4), details == null ? null : read(details)));
                }
            }
        }
        return result;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Object read(String text) {
        try {
            return json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
