package io.fleet.dispatch.supervision.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import io.fleet.dispatch.supervision.alarm.Notifier;
import io.fleet.dispatch.track.movement.MovementsChanged;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Runs the rules as data arrives. Two sources mark a vehicle for evaluation (supervision_dirty, earliest time wins):
 * <ul>
 * <li>movements recomputed — the track package fires {@link MovementsChanged} inside its transaction, so the mark
 * commits with the movements (late backfill included: the mark goes back to where the track changed);</li>
 * <li>trip requests changed — new trip_request_event rows since the last look (approved, assigned, cancelled ...),
 * marking the assigned vehicle from an hour before the window.</li>
 * </ul>
 * Each vehicle is then evaluated in its own transaction, claimed with SKIP LOCKED so instances share the work.
 */
@ApplicationScoped
public class SupervisionScanner {

    private static final Logger LOG = Logger.getLogger(SupervisionScanner.class);
    /** The furthest back a re-evaluation reaches: older backfill changes tracks, not alarms. */
    static final Duration LONGEST = Duration.ofDays(31);

    private final DataSource dataSource;
    private final Supervisor supervisor;
    private final Notifier notifier;

    SupervisionScanner(DataSource dataSource, Supervisor supervisor, Notifier notifier) {
        this.dataSource = dataSource;
        this.supervisor = supervisor;
        this.notifier = notifier;
    }

    void onMovements(@Observes MovementsChanged change) throws SQLException {
        mark(change.connection(), change.vehicleId(), change.from());
    }

    @Scheduled(every = "${fleet.supervision.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delay = 10, delayUnit = java.util.concurrent.TimeUnit.SECONDS)
    void scheduled() {
        try {
            runOnce();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("supervision round failed, retried next round: %s", e.toString());
        }
    }

    /** Collects trip changes, evaluates every marked vehicle, publishes notifications; returns vehicles evaluated. */
    public int runOnce() throws SQLException {
        collectTripChanges();
        int done = evaluateMarked();
        notifier.publishPending();
        return done;
    }

    static void mark(Connection c, long vehicleId, Instant since) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO supervision_dirty (vehicle_id, since) VALUES (?, ?)
                ON CONFLICT (vehicle_id) DO UPDATE SET since = LEAST(supervision_dirty.since, EXCLUDED.since)""")) {
            s.setLong(1, vehicleId);
            s.setTimestamp(2, Timestamp.from(since));
            s.executeUpdate();
        }
    }

    /** Marks vehicles for evaluation from {@code since}: one vehicle, or every vehicle of a subtree. */
    public int markForReevaluation(Long vehicleId, String orgPath, Instant since) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO supervision_dirty (vehicle_id, since)
                SELECT id, ? FROM vehicle WHERE (?::bigint IS NULL OR id = ?) AND (?::text IS NULL OR org_path LIKE ? || '%')
                ON CONFLICT (vehicle_id) DO UPDATE SET since = LEAST(supervision_dirty.since, EXCLUDED.since)""")) {
            s.setTimestamp(1, Timestamp.from(since));
            s.setObject(2, vehicleId);
            s.setObject(3, vehicleId);
            s.setString(4, orgPath);
            s.setString(5, orgPath);
            return s.executeUpdate();
        }
    }

    /**
     * Trip events since the cursor. Identity values are drawn before commit, so an event committed late could carry
     * a lower id than one already seen: events of the last two minutes are looked at again every round.
     */
    private void collectTripChanges() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long cursor;
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT position FROM supervision_cursor WHERE name = 'trip_event' FOR UPDATE SKIP LOCKED");
                        ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        c.rollback();
                        return; // another instance is at it
                    }
                    cursor = rs.getLong(1);
                }
                long highest = cursor;
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT e.id, r.vehicle_id, r.window_start FROM trip_request_event e
                        JOIN trip_request r ON r.id = e.request_id
                        WHERE (e.id > ? OR e.at > now() - interval '2 minutes') AND r.vehicle_id IS NOT NULL""")) {
                    s.setLong(1, cursor);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            highest = Math.max(highest, rs.getLong(1));
                            mark(c, rs.getLong(2), rs.getTimestamp(3).toInstant().minus(Duration.ofHours(1)));
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE supervision_cursor SET position = ? WHERE name = 'trip_event'")) {
                    s.setLong(1, highest);
                    s.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private int evaluateMarked() throws SQLException {
        Set<Long> failed = new HashSet<>();
        int done = 0;
        while (true) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                Long vehicleId = null;
                Timestamp since;
                try {
                    try (PreparedStatement s = c.prepareStatement("""
                            SELECT vehicle_id, since FROM supervision_dirty WHERE NOT (vehicle_id = ANY (?))
                            ORDER BY vehicle_id LIMIT 1 FOR UPDATE SKIP LOCKED""")) {
                        s.setArray(1, c.createArrayOf("int8", failed.toArray()));
                        try (ResultSet rs = s.executeQuery()) {
                            if (!rs.next()) {
                                c.rollback();
                                return done;
                            }
                            vehicleId = rs.getLong(1);
                            since = rs.getTimestamp(2);
                        }
                    }
                    Instant now = Instant.now();
                    Instant from = since.toInstant().isBefore(now.minus(LONGEST)) ? now.minus(LONGEST) : since.toInstant();
                    supervisor.evaluate(c, vehicleId, from.isAfter(now) ? now : from, now);
                    try (PreparedStatement s = c.prepareStatement(
                            "DELETE FROM supervision_dirty WHERE vehicle_id = ? AND since = ?")) {
                        s.setLong(1, vehicleId);
                        s.setTimestamp(2, since);
                        s.executeUpdate();
                    }
                    c.commit();
                    done++;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    if (vehicleId == null) {
                        throw e;
                    }
                    LOG.warnf(e, "supervision of vehicle %d failed, retried next round", vehicleId);
                    failed.add(vehicleId);
                } finally {
                    c.setAutoCommit(true);
                }
            }
        }
    }
}
