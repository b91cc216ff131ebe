package io.fleet.dispatch.track.movement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.jboss.logging.Logger;

/**
 * Recomputes movements of vehicles whose track changed (track_dirty, marked by ingest in the same transaction as the
 * points). Only the part from the segment before the change onwards is recomputed, so a day of 8,640 points costs one
 * pass once, not one per report, and a late backfill recomputes exactly the period it lands in and what follows.
 * Each vehicle is claimed with SKIP LOCKED, so several instances share the work without waiting on each other.
 */
@ApplicationScoped
public class MovementUpdater {

    private static final Logger LOG = Logger.getLogger(MovementUpdater.class);
    private static final int VEHICLES_PER_ROUND = 200;

    private final DataSource dataSource;
    private final MovementSegmenter segmenter = new MovementSegmenter(MovementRules.DEFAULTS);
    private final Event<MovementsChanged> changed;
    private final java.util.concurrent.atomic.AtomicLong extended = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong recomputedFully = new java.util.concurrent.atomic.AtomicLong();

    MovementUpdater(DataSource dataSource, Event<MovementsChanged> changed) {
        this.dataSource = dataSource;
        this.changed = changed;
    }

    @Scheduled(every = "${fleet.tracks.movement-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delay = 5, delayUnit = java.util.concurrent.TimeUnit.SECONDS)
    void scheduled() {
        try {
            updateAll();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("movement update failed, retried next round: %s", e.toString());
        }
    }

    /** Works through every vehicle marked dirty; returns how many vehicles were recomputed. */
    public int updateAll() throws SQLException {
        int total = 0;
        int done;
        do {
            done = updateRound();
            total += done;
        } while (done == VEHICLES_PER_ROUND);
        try (Connection c = dataSource.getConnection()) {
            // trip requests cancelled, reassigned or scheduled after their movements were computed; observers hear
            // of it as of a change
            c.setAutoCommit(false);
            try {
                java.util.Map<Long, Instant> from = MovementStore.reattributeTripOrders(c);
                MovementStore.attachTripOrders(c).forEach((vehicleId, t) -> from.merge(vehicleId, t,
                        (a, b) -> a.isBefore(b) ? a : b));
                from.forEach((vehicleId, t) -> changed.fire(new MovementsChanged(c, vehicleId, t)));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return total;
    }

    /** Since start: vehicles whose ongoing segment was lengthened from the saved tail, and those recomputed. */
    public long[] counts() {
        return new long[] {extended.get(), recomputedFully.get()};
    }

    private int updateRound() throws SQLException {
        int done = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT vehicle_id, since FROM track_dirty ORDER BY vehicle_id LIMIT ? FOR UPDATE SKIP LOCKED""");
                        PreparedStatement delete = c.prepareStatement(
                                "DELETE FROM track_dirty WHERE vehicle_id = ? AND since = ?")) {
                    s.setInt(1, VEHICLES_PER_ROUND);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            long vehicleId = rs.getLong(1);
                            Timestamp since = rs.getTimestamp(2);
                            recompute(c, vehicleId, since.toInstant());
                            delete.setLong(1, vehicleId);
                            delete.setTimestamp(2, since);
                            delete.addBatch();
                            done++;
                        }
                    }
                    delete.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return done;
    }

    /**
     * Brings one vehicle's movements up to date with points from {@code since} on; the caller commits. When every new
     * point comes after the saved tail and only lengthens the ongoing segment, that row is updated from the new points alone; otherwise the segments are recomputed from the
     * segment before {@code since} (a change may merge into its neighbour). Either way {@link MovementsChanged} is
     * fired inside the transaction, from the start of the first changed segment.
     */
    void recompute(Connection c, long vehicleId, Instant since) throws SQLException {
        Optional<MovementStore.StoredTail> stored = MovementStore.loadTail(c, vehicleId);
        if (stored.isPresent() && since.isAfter(stored.get().tail().segment().end().time())) {
            MovementSegmenter.Tail tail = stored.get().tail();
            List<TrackPoint> later = MovementStore.pointsAfter(c, vehicleId, tail.segment().end().time());
            Optional<MovementSegmenter.Extension> extension = segmenter.extend(tail, later);
            if (extension.isPresent()) {
                MovementStore.extend(c, stored.get().movementId(), extension.get().segment());
                MovementStore.saveTail(c, vehicleId, stored.get().movementId(), Optional.of(extension.get().tail()));
                extended.incrementAndGet();
                changed.fire(new MovementsChanged(c, vehicleId, tail.segment().start().time()));
                return;
            }
        }
        Instant anchor = MovementStore.anchor(c, vehicleId, since);
        List<TrackPoint> points = MovementStore.pointsFrom(c, vehicleId, anchor);
        List<Segment> segments = segmenter.segment(points);
        long ongoingId = MovementStore.replaceFrom(c, vehicleId, anchor, segments);
        MovementStore.saveTail(c, vehicleId, ongoingId, segmenter.tail(points, segments));
        recomputedFully.incrementAndGet();
        changed.fire(new MovementsChanged(c, vehicleId, anchor));
    }
}
