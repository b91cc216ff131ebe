package io.fleet.dispatch.supervision.alarm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.redis.RedisConfig;
import io.fleet.dispatch.supervision.audit.SupervisionAudit;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Notifications to the supervisor of the alarm's unit. There is no mail or SMS gateway: each notification is a row
 * (written in the caller's transaction) and, after the commit, a message on the Redis channel
 * {P}supervision-notifications; a row whose publish failed stays published = false and is published again later.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);

    private final StatefulRedisConnection<String, String> redis;
    private final String channel;
    private final DataSource dataSource;
    private final SupervisionAudit audit;

    Notifier(StatefulRedisConnection<String, String> redis, RedisConfig config, DataSource dataSource,
             SupervisionAudit audit) {
        this.redis = redis;
        this.channel = config.prefix() + "supervision-notifications";
        this.dataSource = dataSource;
        this.audit = audit;
    }

    public String channel() {
        return channel;
    }

    /** Records a notification in the caller's transaction; call {@link #publishPending()} after the commit. */
    public void record(Connection c, long alarmId, long orgId, String reason, Map<String, Object> payload)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO alarm_notification (alarm_id, org_id, recipient, reason, payload) VALUES (?, ?, ?, ?, ?::jsonb)""")) {
            s.setLong(1, alarmId);
            s.setLong(2, orgId);
            s.setString(3, "supervisor of organisation " + orgId);
            s.setString(4, reason);
            s.setString(5, audit.write(payload));
            s.executeUpdate();
        }
    }

    /** Publishes every committed notification not published yet; returns how many went out. */
    public int publishPending() {
        int sent = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT n.id, json_build_object('notification', n.id, 'alarm', n.alarm_id, 'org', n.org_id, 'orgPath', o.path,
                       'recipient', n.recipient, 'reason', n.reason, 'payload', n.payload)::text
                FROM alarm_notification n LEFT JOIN organisation o ON o.id = n.org_id
                WHERE NOT n.published ORDER BY n.id LIMIT 500""");
                PreparedStatement done = c.prepareStatement("UPDATE alarm_notification SET published = true WHERE id = ?")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    redis.sync().publish(channel, rs.getString(2));
                    done.setLong(1, rs.getLong(1));
                    done.executeUpdate();
                    sent++;
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("publishing supervision notifications failed, retried later: %s", e.toString());
        }
        return sent;
    }
}
