package io.fleet.dispatch.supervision.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.routing.LatLon;
import io.fleet.dispatch.routing.NoRouteException;
import io.fleet.dispatch.routing.OffMapException;
import io.fleet.dispatch.routing.RoadProfile;
import io.fleet.dispatch.routing.Route;
import io.fleet.dispatch.routing.RoutingService;
import io.fleet.dispatch.supervision.alarm.Notifier;
import io.fleet.dispatch.supervision.audit.SupervisionAudit;
import io.fleet.dispatch.supervision.rule.Facts;
import io.fleet.dispatch.supervision.rule.Finding;
import io.fleet.dispatch.supervision.rule.Params;
import io.fleet.dispatch.supervision.rule.RuleKey;
import io.fleet.dispatch.supervision.rule.Rules;
import io.fleet.dispatch.supervision.setting.Effective;
import io.fleet.dispatch.supervision.setting.SettingStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Evaluates one vehicle from a point in time to now and brings its alarms in line with what the rules find:
 * <ul>
 * <li>a finding overlapping (or within mergeMinutes of) an alarm of the same vehicle and rule updates that alarm —
 * one alarm per incident, extended while it lasts; a finding that bridges two alarms merges them;</li>
 * <li>a finding nothing matches opens a new alarm and notifies the unit's supervisor;</li>
 * <li>an alarm inside the evaluated period that nothing matches any more (late backfill changed the track, a trip
 * was approved afterwards, a rule was switched off) is WITHDRAWN if nobody reviewed it yet; a reviewed one keeps its
 * state and is marked detected = false. Both are audited.</li>
 * </ul>
 */
@ApplicationScoped
public class Supervisor {

    /** How far before the earliest change the period starts: the segment before it, and a night's context. */
    static final Duration LOOK_BACK = Duration.ofHours(12);
    static final String ACTOR = "supervision";

    private final SettingStore settings;
    private final FactsLoader loader;
    private final SupervisionAudit audit;
    private final Notifier notifier;
    private final RoutingService routing;

    Supervisor(SettingStore settings, ObjectMapper json, SupervisionAudit audit, Notifier notifier,
               RoutingService routing) {
        this.settings = settings;
        this.loader = new FactsLoader(json);
        this.audit = audit;
        this.notifier = notifier;
        this.routing = routing;
    }

    /** Evaluates [since − 12 h, now] for one vehicle in the caller's transaction. */
    public void evaluate(Connection c, long vehicleId, Instant since, Instant now) throws SQLException {
        FactsLoader.VehicleRow v = FactsLoader.vehicle(c, vehicleId);
        if (v == null) {
            return;
        }
        Instant from = since.minus(LOOK_BACK);
        Map<RuleKey, Effective> effective = settings.effective(c, v.orgPath());
        Facts facts = withPlannedRoutes(loader.load(c, v, from, now, effective));
        Map<RuleKey, Params> enabled = new EnumMap<>(RuleKey.class);
        effective.values().stream().filter(e -> e.key().isRule() && e.enabled())
                .forEach(e -> enabled.put(e.key(), e.params()));
        Map<RuleKey, List<Finding>> found = Rules.evaluate(facts, enabled);
        for (RuleKey rule : RuleKey.values()) {
            if (rule.isRule()) {
                Params p = effective.get(rule).params();
                Duration gap = Duration.ofSeconds(Math.round(p.number("mergeMinutes") * 60));
                reconcile(c, v, rule, found.getOrDefault(rule, List.of()), from, gap, facts, effective.get(rule));
            }
        }
    }

    /** Driven trips get their road route (pickup → destinations) when the map covers them (rule 6). */
    private Facts withPlannedRoutes(Facts f) {
        List<Facts.Trip> trips = new ArrayList<>();
        for (Facts.Trip t : f.trips()) {
            boolean driven = t.state().equals("UNDER_WAY") || t.state().equals("COMPLETED") || t.state().equals("EVALUATED");
            trips.add(driven ? t.withRoute(plannedRoute(t)) : t);
        }
        return new Facts(f.vehicle(), f.from(), f.to(), f.segments(), f.fixes(), f.rejectedJumps(), trips, f.duties(),
                f.sealing(), f.region(), f.forbidden(), f.calendar(), f.hours());
    }

    private Geometry plannedRoute(Facts.Trip t) {
        if (routing.state() != RoutingService.State.READY) {
            return null;
        }
        List<Coordinate> line = new ArrayList<>();
        Point from = t.pickup();
        try {
            for (Point to : t.destinations()) {
                Route leg = routing.route(RoadProfile.CAR, LatLon.of(from.getY(), from.getX()),
                        LatLon.of(to.getY(), to.getX()));
                for (LatLon p : leg.geometry()) {
                    line.add(new Coordinate(p.lon(), p.lat()));
                }
                from = to;
            }
        } catch (OffMapException | NoRouteException | ProblemException e) {
            return null; // outside the map's extract, or no road between: no route to compare with
        }
        return line.size() < 2 ? null : Facts.GEOMETRY.createLineString(line.toArray(Coordinate[]::new));
    }

    private record Existing(long id, String state, Instant start, Instant end, boolean detected) {
        boolean near(Finding f, Duration gap) {
            return !start.isAfter(f.end().plus(gap)) && !end.isBefore(f.start().minus(gap));
        }
    }

    private void reconcile(Connection c, FactsLoader.VehicleRow v, RuleKey rule, List<Finding> findings, Instant from,
                           Duration gap, Facts facts, Effective setting) throws SQLException {
        List<Existing> existing = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, state, started_at, ended_at, detected FROM alarm
                WHERE vehicle_id = ? AND rule = ? AND state <> 'WITHDRAWN' AND ended_at >= ?
                ORDER BY started_at, id FOR UPDATE""")) {
            s.setLong(1, v.id());
            s.setString(2, rule.name());
            s.setTimestamp(3, Timestamp.from(from.minus(gap)));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    existing.add(new Existing(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            rs.getTimestamp(4).toInstant(), rs.getBoolean(5)));
                }
            }
        }
        Set<Long> matched = new HashSet<>();
        for (Finding f : findings) {
            List<Existing> near = existing.stream().filter(a -> !matched.contains(a.id()) && a.near(f, gap)).toList();
            Map<String, Object> evidence = Evidence.of(f, facts, setting);
            if (near.isEmpty()) {
                long id = insert(c, v, f, evidence);
                audit.record(c, "alarm", id, ACTOR, "DETECTED", SupervisionAudit.details("start", f.start().toString(),
                        "end", f.end().toString(), "summary", f.summary()));
                notifier.record(c, id, v.orgId(), "NEW_ALARM", SupervisionAudit.details("alarm", id, "vehicle", v.id(),
                        "rule", rule.name(), "summary", f.summary(), "start", f.start().toString()));
                continue;
            }
            Existing primary = near.get(0);
            Instant start = primary.start().isBefore(from) && primary.start().isBefore(f.start()) ? primary.start() : f.start();
            Instant end = f.end();
            update(c, primary, start, end, f, evidence);
            matched.add(primary.id());
            for (Existing other : near.subList(1, near.size())) {
                matched.add(other.id());
                retire(c, other, "merged into alarm " + primary.id() + ": the incidents turned out to be one");
            }
        }
        for (Existing a : existing) {
            if (!matched.contains(a.id()) && !a.start().isBefore(from) && a.detected()) {
                retire(c, a, "re-evaluation of " + from + " onwards no longer finds it (track, trips or settings changed)");
            }
        }
    }

    private long insert(Connection c, FactsLoader.VehicleRow v, Finding f, Map<String, Object> evidence)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO alarm (vehicle_id, org_id, org_path, rule, state, started_at, ended_at, summary, evidence,
                                   trip_request_id)
                VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?::jsonb, ?) RETURNING id""")) {
            s.setLong(1, v.id());
            s.setLong(2, v.orgId());
            s.setString(3, v.orgPath());
            s.setString(4, f.rule().name());
            s.setTimestamp(5, Timestamp.from(f.start()));
            s.setTimestamp(6, Timestamp.from(f.end()));
            s.setString(7, clip(f.summary()));
            s.setString(8, audit.write(evidence));
            s.setObject(9, f.tripRequestId());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** New evidence always; a new version (reviewers must reload) only when the period changed. */
    private void update(Connection c, Existing a, Instant start, Instant end, Finding f, Map<String, Object> evidence)
            throws SQLException {
        boolean moved = !start.equals(a.start()) || !end.equals(a.end());
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE alarm SET started_at = ?, ended_at = ?, summary = ?, evidence = ?::jsonb, trip_request_id = ?,
                       detected = true, updated_at = now(), version = version + ? WHERE id = ?""")) {
            s.setTimestamp(1, Timestamp.from(start));
            s.setTimestamp(2, Timestamp.from(end));
            s.setString(3, clip(f.summary()));
            s.setString(4, audit.write(evidence));
            s.setObject(5, f.tripRequestId());
            s.setInt(6, moved || !a.detected() ? 1 : 0);
            s.setLong(7, a.id());
            s.executeUpdate();
        }
        if (moved) {
            audit.record(c, "alarm", a.id(), ACTOR, "UPDATED", SupervisionAudit.details("oldStart", a.start().toString(),
                    "oldEnd", a.end().toString(), "start", start.toString(), "end", end.toString()));
        }
        if (!a.detected()) {
            audit.record(c, "alarm", a.id(), ACTOR, "DETECTED_AGAIN", SupervisionAudit.details("summary", f.summary()));
        }
    }

    /** An alarm nobody reviewed is withdrawn; a reviewed one keeps its state and is marked no longer detected. */
    private void retire(Connection c, Existing a, String why) throws SQLException {
        boolean withdraw = a.state().equals("OPEN");
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE alarm SET state = CASE WHEN ? THEN 'WITHDRAWN' ELSE state END, detected = false,
                       resolution = CASE WHEN ? THEN ? ELSE resolution END, updated_at = now(), version = version + 1
                WHERE id = ?""")) {
            s.setBoolean(1, withdraw);
            s.setBoolean(2, withdraw);
            s.setString(3, clip(why));
            s.setLong(4, a.id());
            s.executeUpdate();
        }
        audit.record(c, "alarm", a.id(), ACTOR, withdraw ? "WITHDRAWN" : "NO_LONGER_DETECTED",
                SupervisionAudit.details("reason", why));
    }

    private static String clip(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }
}
