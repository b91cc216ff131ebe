package io.fleet.dispatch.complaint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.complaint.Trace.Candidate;
import io.fleet.dispatch.complaint.Trace.Fix;
import io.fleet.dispatch.complaint.Trace.TrackPoint;
import io.fleet.dispatch.complaint.Trace.TripMatch;
import io.fleet.dispatch.complaint.Trace.Verdict;
import io.fleet.dispatch.security.Scope;
import io.fleet.dispatch.track.store.MovementQueries;
import io.fleet.dispatch.track.store.MovementQueries.MovementView;
import io.fleet.dispatch.track.store.TrackCells;
import io.fleet.dispatch.track.store.TrackQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Finds the car, its track, movement and trip for a complaint, reading the vehicle, plate history, position, movement
 * and trip tables with its own SQL (they belong to other areas; nothing is written). A plate is matched against the
 * plate each car carried at the time asked, so a complaint about last year's plate finds the car that had it then. Every position query names the
 * searched window on {@code fix_time}, so only the day partitions of that window are read, and runs with JIT off
 * (see TrackQueries: compiling costs more than these queries take).
 */
@ApplicationScoped
public class ComplaintTracer {

    /** How much track is shown each side of the closest approach. */
    static final Duration AROUND = Duration.ofMinutes(5);
    /** How far from the time given the "where was it instead" position may be. */
    static final Duration WHEREABOUTS_REACH = Duration.ofDays(1);
    /**
     * "Where was it instead" is given for a moment or a range of up to a day (the middle of a month says nothing) and
     * for up to 100 cars (two index probes each; a pattern fitting more is too vague for it to help).
     */
    static final Duration WHEREABOUTS_MAX_RANGE = Duration.ofDays(1);
    static final int WHEREABOUTS_MAX_CANDIDATES = 100;

    private final DataSource dataSource;
    private final MovementQueries movements;
    private final Scope scope;

    ComplaintTracer(DataSource dataSource, MovementQueries movements, Scope scope) {
        this.dataSource = dataSource;
        this.movements = movements;
        this.scope = scope;
    }

    /** What a trace is asked: a plate pattern, the time the citizen gave, the place, and how wide to look. */
    public record Query(PlatePattern plate, Instant seenFrom, Instant seenTo, double latitude, double longitude,
                        int radiusM, Duration tolerance) {
    }

    /**
     * Over the caller's subtree's cars (every car for the city bureau, and for the public form, which has no caller).
     * Runs outside any caller's transaction: its connection manages its own (read-only) transaction.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Trace trace(Query q) {
        try (Connection c = dataSource.getConnection()) {
            return trace(c, movements, q, scope.path());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole trace on one connection; {@code movements} may be null (the benchmark has no CDI). */
    public static Trace trace(Connection c, MovementQueries movements, Query q) throws SQLException {
        return trace(c, movements, q, "/");
    }

    /** The trace over the cars of the subtree {@code orgPath} only (a complaint handler's; "/": every car). */
    public static Trace trace(Connection c, MovementQueries movements, Query q, String orgPath) throws SQLException {
        Instant from = q.seenFrom().minus(q.tolerance());
        Instant to = q.seenTo().plus(q.tolerance());
        Instant middle = q.seenFrom().plus(Duration.between(q.seenFrom(), q.seenTo()).dividedBy(2));
        Found found = TrackQueries.withQuerySettings(c, () -> {
            List<Vehicle> vehicles = vehicles(c, q.plate(), from, to, orgPath);
            long[] ids = vehicles.stream().mapToLong(Vehicle::id).toArray();
            Map<Long, Fix> closest = ids.length == 0 ? Map.of() : closest(c, vehicles, q, from, to);
            Map<Long, Fix> whereabouts = ids.length == 0 || ids.length > WHEREABOUTS_MAX_CANDIDATES
                    || Duration.between(q.seenFrom(), q.seenTo()).compareTo(WHEREABOUTS_MAX_RANGE) > 0
                    ? Map.of() : whereabouts(c, ids, middle, q);
            Map<Long, TripMatch> trips = new HashMap<>();
            for (Vehicle v : vehicles) {
                Fix near = closest.get(v.id());
                if (near != null) {
                    TripMatch trip = trip(c, v.id(), near.time());
                    if (trip != null) {
                        trips.put(v.id(), trip);
                    }
                }
            }
            return new Found(vehicles, closest, whereabouts, trips);
        });
        List<Vehicle> vehicles = found.vehicles();
        Map<Long, Fix> closest = found.closest();
        Map<Long, Fix> whereabouts = found.whereabouts();
        Map<Long, TripMatch> trips = found.trips();

        List<Candidate> candidates = new ArrayList<>();
        for (Vehicle v : vehicles) {
            Fix near = closest.get(v.id());
            List<TrackPoint> around = List.of();
            MovementView movement = null;
            Long outside = null;
            if (near != null) {
                around = TrackQueries.track(c, v.id(), near.time().minus(AROUND),
                        near.time().plus(AROUND).plusMillis(1)).stream()
                        .map(p -> new TrackPoint(p.fixTime(), p.latitude(), p.longitude(), p.speedKmh())).toList();
                if (movements != null) {
                    movement = movements.ofVehicle(v.id(), near.time(), near.time().plusMillis(1)).stream()
                            .findFirst().orElse(null);
                }
                outside = minutesOutside(near.time(), q.seenFrom(), q.seenTo());
            }
            candidates.add(new Candidate(v.id(), v.plate(), v.plateAt(near == null ? null : near.time()), v.orgId(),
                    v.orgName(), near != null, near, outside,
                    whereabouts.get(v.id()), around, movement, trips.get(v.id())));
        }
        candidates.sort(Comparator.comparing((Candidate k) -> !k.there())
                .thenComparingDouble(k -> k.there() ? k.closest().distanceM() : Double.MAX_VALUE)
                .thenComparing(Candidate::plate));
        return summarise(q, from, to, candidates);
    }

    static long minutesOutside(Instant t, Instant seenFrom, Instant seenTo) {
        if (t.isBefore(seenFrom)) {
            return Duration.between(t, seenFrom).toMinutes();
        }
        if (t.isAfter(seenTo)) {
            return Duration.between(seenTo, t).toMinutes();
        }
        return 0;
    }

    private static Trace summarise(Query q, Instant from, Instant to, List<Candidate> candidates) {
        long there = candidates.stream().filter(Candidate::there).count();
        Verdict verdict = candidates.isEmpty() ? Verdict.NO_SUCH_VEHICLE : there > 0 ? Verdict.THERE : Verdict.NOT_THERE;
        String plate = q.plate().text();
        String summary;
        String zh;
        switch (verdict) {
            case NO_SUCH_VEHICLE -> {
                summary = "No official vehicle has a plate matching " + plate + ".";
                zh = "没有号牌与“" + plate + "”相符的公务车辆。";
            }
            case NOT_THERE -> {
                summary = "No official vehicle with a plate matching " + plate + " was within " + q.radiusM()
                        + " m of the place between " + from + " and " + to + " (" + candidates.size()
                        + " vehicle(s) match the plate).";
                zh = "号牌与“" + plate + "”相符的公务车辆（" + candidates.size() + "辆）在该时段内均未到过该地点"
                        + q.radiusM() + "米范围内。";
            }
            default -> {
                Candidate first = candidates.get(0);
                String named = first.plateAtTheTime().equals(first.plate()) ? first.plate()
                        : first.plateAtTheTime() + " (now " + first.plate() + ")";
                String namedZh = first.plateAtTheTime().equals(first.plate()) ? first.plate()
                        : first.plateAtTheTime() + "（现号牌" + first.plate() + "）";
                summary = there + " official vehicle(s) with a plate matching " + plate + " came within " + q.radiusM()
                        + " m; closest: " + named + " at " + Math.round(first.closest().distanceM()) + " m, "
                        + first.closest().time() + (first.trip() == null ? ", on no trip order."
                        : ", on trip order " + first.trip().tripRequestId() + ".");
                zh = there + "辆号牌相符的公务车辆到过该地点" + q.radiusM() + "米范围内；最近的是" + namedZh + "，相距"
                        + Math.round(first.closest().distanceM()) + "米" + (first.trip() == null ? "，当时无派车单。"
                        : "，当时执行派车单" + first.trip().tripRequestId() + "。");
            }
        }
        return new Trace(plate, q.plate().key(), q.seenFrom(), q.seenTo(), from, to, q.latitude(), q.longitude(),
                q.radiusM(), verdict, summary, zh, candidates);
    }

    /** A car whose plate, now or before, fits, with the periods of the searched window in which it carried it. */
    record Vehicle(long id, String plate, long orgId, String orgName, List<Held> held) {

        /** The fitting plate that was on the car at {@code t}, else every fitting plate it had in the window. */
        String plateAt(Instant t) {
            if (t != null) {
                for (Held h : held) {
                    if (!t.isBefore(h.from()) && !t.isAfter(h.to())) {
                        return h.plate();
                    }
                }
            }
            return String.join(" / ", held.stream().map(Held::plate).distinct().toList());
        }
    }

    /** A fitting plate and the part of the searched window [from, to] in which the car carried it. */
    record Held(String plate, Instant from, Instant to) {
    }

    /**
     * Every registered vehicle that carried a fitting plate at some time in [from, to]: its current plate (valid
     * since its last plate change, vehicle_plate_history) or a former one within that plate's validity. A plate that
     * moved to another car finds the car that had it then. Disposed cars are included (a complaint may be about the
     * past).
     */
    private static List<Vehicle> vehicles(Connection c, PlatePattern plate, Instant from, Instant to, String orgPath)
            throws SQLException {
        Map<Long, Vehicle> result = new java.util.LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                WITH fitting AS (
                    SELECT v.id AS vehicle_id, v.plate,
                           (SELECT max(h.valid_to) FROM vehicle_plate_history h WHERE h.vehicle_id = v.id) AS valid_from,
                           NULL::timestamptz AS valid_to
                    FROM vehicle v WHERE v.plate_key LIKE ?
                    UNION ALL
                    SELECT h.vehicle_id, h.plate, h.valid_from, h.valid_to FROM vehicle_plate_history h
                    WHERE h.plate_key LIKE ?)
                SELECT v.id, v.plate, v.org_id, o.name, f.plate, f.valid_from, f.valid_to
                FROM fitting f JOIN vehicle v ON v.id = f.vehicle_id JOIN organisation o ON o.id = v.org_id
                WHERE (f.valid_from IS NULL OR f.valid_from <= ?) AND (f.valid_to IS NULL OR f.valid_to >= ?)
                  AND v.org_path LIKE ? || '%'
                ORDER BY v.plate_key, f.valid_from NULLS FIRST""")) {
            s.setString(1, plate.like());
            s.setString(2, plate.like());
            s.setTimestamp(3, Timestamp.from(to));
            s.setTimestamp(4, Timestamp.from(from));
            s.setString(5, orgPath);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Timestamp validFrom = rs.getTimestamp(6);
                    Timestamp validTo = rs.getTimestamp(7);
                    Held held = new Held(rs.getString(5),
                            validFrom == null || validFrom.toInstant().isBefore(from) ? from : validFrom.toInstant(),
                            validTo == null || validTo.toInstant().isAfter(to) ? to : validTo.toInstant());
                    long id = rs.getLong(1);
                    Vehicle v = result.get(id);
                    if (v == null) {
                        v = new Vehicle(id, rs.getString(2), rs.getLong(3), rs.getString(4), new ArrayList<>());
                        result.put(id, v);
                    }
                    v.held().add(held);
                }
            }
        }
        return new ArrayList<>(result.values());
    }

    /**
     * Each candidate's closest point within the radius in [from, to]: the grid cells around the place let each day
     * partition's covering cell index find the points near it without reading the table (TrackQueries.IN_CELLS), the
     * spheroid distance then decides (as TrackQueries.near, restricted to the candidates). The place is searched
     * first (MATERIALIZED) whatever the candidates: given {@code vehicle_id = ANY} of many ids over a month, the
     * planner walked the (vehicle, time) index through every point of every candidate instead — 28 s instead of
     * ~0.2 s for 1,000 candidates on the benchmark table (docs/benchmarks.md). Only the points of the periods in
     * which each car carried a fitting plate count. The winner's speed is read from its row afterwards (one probe
     * per car), as the index does not carry it.
     */
    private static Map<Long, Fix> closest(Connection c, List<Vehicle> vehicles, Query q, Instant from, Instant to)
            throws SQLException {
        long[] cells = TrackCells.covering(q.latitude(), q.longitude(), q.radiusM());
        Map<Long, Fix> result = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                WITH target AS (SELECT ST_SetSRID(ST_MakePoint(?, ?), 4326) AS pt),
                box AS MATERIALIZED (SELECT p.vehicle_id, p.fix_time, p.geom FROM %s),
                held AS (SELECT * FROM unnest(?::bigint[], ?::timestamptz[], ?::timestamptz[]) AS h(vehicle_id, f, t)),
                nearest AS (
                    SELECT DISTINCT ON (b.vehicle_id) b.vehicle_id, b.fix_time, b.geom,
                           ST_Distance(b.geom::geography, t.pt::geography) AS d
                    FROM box b JOIN held h ON h.vehicle_id = b.vehicle_id AND b.fix_time >= h.f AND b.fix_time <= h.t,
                         target t
                    WHERE ST_DWithin(b.geom::geography, t.pt::geography, ?)
                    ORDER BY b.vehicle_id, d, b.fix_time)
                SELECT n.vehicle_id, n.fix_time, ST_Y(n.geom), ST_X(n.geom), n.d,
                       (SELECT p.speed_kmh FROM position p
                        WHERE p.vehicle_id = n.vehicle_id AND p.fix_time = n.fix_time LIMIT 1)
                FROM nearest n""".formatted(TrackQueries.IN_CELLS))) {
            List<Object> ids = new ArrayList<>();
            List<Object> starts = new ArrayList<>();
            List<Object> ends = new ArrayList<>();
            for (Vehicle v : vehicles) {
                for (Held h : v.held()) {
                    ids.add(v.id());
                    starts.add(h.from().toString());
                    ends.add(h.to().toString());
                }
            }
            s.setDouble(1, q.longitude());
            s.setDouble(2, q.latitude());
            // the range is inclusive of its end; the cell scan's end is exclusive, and fix times are whole microseconds
            int next = TrackQueries.bindCells(c, s, 3, cells, from, to.plusNanos(1_000));
            s.setArray(next, c.createArrayOf("bigint", ids.toArray()));
            s.setArray(next + 1, c.createArrayOf("text", starts.toArray()));
            s.setArray(next + 2, c.createArrayOf("text", ends.toArray()));
            s.setDouble(next + 3, q.radiusM());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), new Fix(rs.getTimestamp(2).toInstant(), rs.getDouble(3), rs.getDouble(4),
                            Math.round(rs.getDouble(5) * 10) / 10.0, rs.getFloat(6)));
                }
            }
        }
        return result;
    }

    /**
     * Each candidate's report nearest in time to {@code at} (within a day either side), with its distance to the
     * place: one query for all candidates, two index probes each (the last report before, the first after).
     */
    private static Map<Long, Fix> whereabouts(Connection c, long[] ids, Instant at, Query q) throws SQLException {
        Map<Long, Fix> result = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                WITH target AS (SELECT ST_SetSRID(ST_MakePoint(?, ?), 4326) AS pt)
                SELECT ids.id, w.fix_time, ST_Y(w.geom), ST_X(w.geom), ST_Distance(w.geom::geography, t.pt::geography),
                       w.speed_kmh
                FROM unnest(?::bigint[]) AS ids(id) CROSS JOIN target t
                CROSS JOIN LATERAL (
                    SELECT a.fix_time, a.geom, a.speed_kmh FROM (
                        (SELECT fix_time, geom, speed_kmh FROM position
                         WHERE vehicle_id = ids.id AND fix_time >= ? AND fix_time < ? ORDER BY fix_time LIMIT 1)
                        UNION ALL
                        (SELECT fix_time, geom, speed_kmh FROM position
                         WHERE vehicle_id = ids.id AND fix_time >= ? AND fix_time < ? ORDER BY fix_time DESC LIMIT 1)) a
                    ORDER BY abs(extract(epoch FROM a.fix_time - ?)) LIMIT 1) w""")) {
            Timestamp time = Timestamp.from(at);
            s.setDouble(1, q.longitude());
            s.setDouble(2, q.latitude());
            s.setArray(3, c.createArrayOf("bigint", java.util.Arrays.stream(ids).boxed().toArray()));
            s.setTimestamp(4, time);
            s.setTimestamp(5, Timestamp.from(at.plus(WHEREABOUTS_REACH)));
            s.setTimestamp(6, Timestamp.from(at.minus(WHEREABOUTS_REACH)));
            s.setTimestamp(7, time);
            s.setTimestamp(8, time);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), new Fix(rs.getTimestamp(2).toInstant(), rs.getDouble(3), rs.getDouble(4),
                            Math.round(rs.getDouble(5) * 10) / 10.0, rs.getFloat(6)));
                }
            }
        }
        return result;
    }

    /**
     * The trip order the car was on at {@code at}. An order whose recorded start and completion (the driver's steps
     * in the trip audit, by the phone's clock when it sent one: a step queued offline reaches the server later) bracket
     * the time wins; otherwise an order holding the car whose pickup window contains it.
     */
    private static TripMatch trip(Connection c, long vehicleId, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT * FROM (
                SELECT r.id, r.state, r.category, r.org_id, r.requester, r.approver, r.approved_at, r.driver_id, d.name,
                       r.pickup_place, r.window_start, r.window_end, ev.started, ev.completed, ev.dispatcher,
                       CASE WHEN ev.started <= ? AND (ev.completed >= ? OR (ev.completed IS NULL AND r.state = 'UNDER_WAY'))
                            THEN 'RECORDED'
                            WHEN r.window_start <= ? AND r.window_end >= ?
                                 AND r.state IN ('SCHEDULED', 'ACCEPTED', 'UNDER_WAY', 'COMPLETED', 'EVALUATED')
                            THEN 'PICKUP_WINDOW' END AS basis
                FROM trip_request r
                LEFT JOIN driver d ON d.id = r.driver_id
                CROSS JOIN LATERAL (
                    SELECT min(coalesce((e.details ->> 'phoneTime')::timestamptz, e.at))
                               FILTER (WHERE e.action = 'START') AS started,
                           min(coalesce((e.details ->> 'phoneTime')::timestamptz, e.at))
                               FILTER (WHERE e.action = 'COMPLETE') AS completed,
                           (array_agg(e.actor ORDER BY e.id DESC) FILTER (WHERE e.action = 'ASSIGN'))[1] AS dispatcher
                    FROM trip_request_event e WHERE e.request_id = r.id) ev
                WHERE r.vehicle_id = ? AND r.window_start < ? AND r.window_end > ?) m
                ORDER BY CASE basis WHEN 'RECORDED' THEN 0 WHEN 'PICKUP_WINDOW' THEN 1 ELSE 2 END, m.window_start DESC
                LIMIT 1""")) {
            Timestamp time = Timestamp.from(at);
            for (int i = 1; i <= 4; i++) {
                s.setTimestamp(i, time);
            }
            s.setLong(5, vehicleId);
            // orders are driven near their pickup window: look a day either side, the CASE decides
            s.setTimestamp(6, Timestamp.from(at.plus(Duration.ofDays(1))));
            s.setTimestamp(7, Timestamp.from(at.minus(Duration.ofDays(1))));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getString(16) == null) {
                    return null;
                }
                long driver = rs.getLong(8);
                Long driverId = rs.wasNull() ? null : driver;
                return new TripMatch(rs.getLong(1), rs.getString(16), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7)), rs.getString(15), driverId,
                        rs.getString(9), rs.getString(10), instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)),
                        instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)));
            }
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** What the trace's one transaction found: the fitting cars, their closest approach, whereabouts and trips. */
    private record Found(List<Vehicle> vehicles, Map<Long, Fix> closest, Map<Long, Fix> whereabouts,
                         Map<Long, TripMatch> trips) {
    }
}
