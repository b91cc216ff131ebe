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
import jakarta.enterprise.context.ApplicationScoped;

/** The append-only trail of supervision: every edit, detection, withdrawal and review step (supervision_audit). */
@ApplicationScoped
public class SupervisionAudit {

    private final ObjectMapper json;

    SupervisionAudit(ObjectMapper json) {
        this.json = json;
    }

    public void record(Connection c, String subject, Object subjectId, String actor, String action,
                       Map<String, Object> details) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO supervision_audit (subject, subject_id, actor, action, details) VALUES (?, ?, ?, ?, ?::jsonb)""")) {
            s.setString(1, subject);
            s.setString(2, String.valueOf(subjectId));
            s.setString(3, actor);
            s.setString(4, action);
            s.setString(5, details == null ? null : write(details));
            s.executeUpdate();
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
