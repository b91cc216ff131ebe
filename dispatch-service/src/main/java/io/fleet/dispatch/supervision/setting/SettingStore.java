package io.fleet.dispatch.supervision.setting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.supervision.rule.Params;
import io.fleet.dispatch.supervision.rule.RuleKey;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Settings inherited down the organisation tree: of the organisation and its ancestors, the nearest one with a row
 * for a key wins (its whole row: enabled and its overrides, over the defaults in code).
 */
@ApplicationScoped
public class SettingStore {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;

    SettingStore(ObjectMapper json) {
        this.json = json;
    }

    /** Every key's effective setting for the organisation with this materialised path ('/1/4/9/'). */
    public Map<RuleKey, Effective> effective(Connection c, String orgPath) throws SQLException {
        Map<RuleKey, Effective> result = new EnumMap<>(RuleKey.class);
        Map<RuleKey, Integer> depth = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT s.org_id, s.key, s.enabled, s.params::text, length(o.path)
                FROM supervision_setting s JOIN organisation o ON o.id = s.org_id
                WHERE ? LIKE o.path || '%'""")) {
            s.setString(1, orgPath);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    RuleKey key = RuleKey.parse(rs.getString(2));
                    if (key == null || depth.getOrDefault(key, -1) >= rs.getInt(5)) {
                        continue;
                    }
                    depth.put(key, rs.getInt(5));
                    result.put(key, new Effective(key, rs.getBoolean(3), Params.of(key, read(rs.getString(4))),
                            rs.getLong(1)));
                }
            }
        }
        for (RuleKey key : RuleKey.values()) {
            result.putIfAbsent(key, new Effective(key, true, Params.defaults(key), null));
        }
        return result;
    }

    Map<String, Object> read(String text) {
        try {
            return json.readValue(text, MAP);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable setting params " + text, e);
        }
    }
}
