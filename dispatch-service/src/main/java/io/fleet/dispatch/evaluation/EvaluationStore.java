package io.fleet.dispatch.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.supervision.calendar.CalendarStore;
import io.fleet.dispatch.supervision.calendar.WorkCalendar;
import io.fleet.dispatch.supervision.calendar.WorkingHours;
import io.fleet.dispatch.supervision.rule.Params;
import io.fleet.dispatch.supervision.rule.RuleKey;
import io.fleet.dispatch.supervision.setting.SettingStore;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the raw data of a subtree for a period, one aggregate query per source (movements, trips with their
 * expenses, alarms, complaints, sealing), and gives each car its {@link Tally}. Reads only; writes nothing.
 */
@ApplicationScoped
class EvaluationStore {

    record Org(long id, Long parentId, String name, String kind, String path) {
        int depth() {
            return (int) path.chars().filter(ch -> ch == '/').count() - 2;
        }
    }

    record Car(long id, String plate, long orgId, String orgName, String orgPath, String kind, boolean newEnergy,
               Instant createdAt) {
    }

    /** Everything one evaluation needs: the organisations, their cars with their tallies, complaints per organisation. */
    record Raw(List<Org> orgs, Map<Long, Car> cars, Map<Long, Tally> perCar, Map<Long, long[]> complaintsPerOrg) {
    }

    private final SettingStore settings;
    private final CostModel cost;

    EvaluationStore(SettingStore settings, CostModel cost) {
        this.settings = settings;
        this.cost = cost;
    }

    Raw read(Connection c, String path, EvaluationPeriod period) throws SQLException {
        Instant start = period.start();
        Instant end = period.end();
        List<Org> orgs = orgs(c, path);
        Map<Long, Car> cars = cars(c, path);
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        WorkCalendar calendar = CalendarStore.between(c, period.from(), period.to());
        Map<Long, List<AvailableHours.Span>> sealed = sealing(c, cars, start, end);
        Map<String, WorkingHours> hoursOfOrg = new HashMap<>();
        for (Car car : cars.values()) {
            Tally t = new Tally();
            t.vehicles = 1;
            t.vehicleDays = period.days();
            WorkingHours hours = hoursOfOrg.computeIfAbsent(car.orgPath(), p -> workingHours(c, p));
            t.hoursAvailable = AvailableHours.of(calendar, hours, period.from(), period.to(),
                    sealed.getOrDefault(car.id(), List.of()));
            boolean bought = !car.createdAt().isBefore(start) && car.createdAt().isBefore(end);
            t.purchases = bought ? 1 : 0;
            t.newEnergyPurchases = bought && car.newEnergy() ? 1 : 0;
            tallies.put(car.id(), t);
        }
        movements(c, path, start, end, cars, tallies);
        trips(c, path, start, end, tallies);
        alarms(c, path, start, end, tallies);
        complaintsPerCar(c, path, start, end, tallies);
        return new Raw(orgs, cars, tallies, complaintsPerOrg(c, path, start, end));
    }

    private static List<Org> orgs(Connection c, String path) throws SQLException {
        List<Org> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, parent_id, name, kind, path FROM organisation WHERE path LIKE ? || '%' ORDER BY path")) {
            s.setString(1, path);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long parent = rs.getLong(2);
                    result.add(new Org(rs.getLong(1), rs.wasNull() ? null : parent, rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return result;
    }

    /** The cars of the subtree; a disposed car no longer counts (the registry will give the date it left). */
    private static Map<Long, Car> cars(Connection c, String path) throws SQLException {
        Map<Long, Car> result = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT v.id, v.plate, v.org_id, o.name, v.org_path, v.kind, v.energy = 'NEW_ENERGY', v.created_at
                FROM vehicle v JOIN organisation o ON o.id = v.org_id
                WHERE v.org_path LIKE ? || '%' AND v.status <> 'DISPOSED'
                ORDER BY v.org_path, v.plate""")) {
            s.setString(1, path);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), new Car(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getTimestamp(8).toInstant()));
                }
            }
        }
        return result;
    }

    private WorkingHours workingHours(Connection c, String orgPath) {
        try {
            Params p = settings.effective(c, orgPath).get(RuleKey.WORKING_HOURS).params();
            return new WorkingHours(p.time("start"), p.time("end"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sealing periods (of the car, its unit or an ancestor) overlapping the period, per car. */
    private static Map<Long, List<AvailableHours.Span>> sealing(Connection c, Map<Long, Car> cars, Instant start,
                                                                Instant end) throws SQLException {
        Map<Long, List<AvailableHours.Span>> result = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT org_path, vehicle_id, starts_at, ends_at FROM sealing_period WHERE ends_at > ? AND starts_at < ?")) {
            s.setTimestamp(1, Timestamp.from(start));
            s.setTimestamp(2, Timestamp.from(end));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String orgPath = rs.getString(1);
                    long vehicle = rs.getLong(2);
                    boolean anyVehicle = rs.wasNull();
                    AvailableHours.Span span = new AvailableHours.Span(rs.getTimestamp(3).toInstant(),
                            rs.getTimestamp(4).toInstant());
                    for (Car car : cars.values()) {
                        if (car.orgPath().startsWith(orgPath) && (anyVehicle || vehicle == car.id())) {
                            result.computeIfAbsent(car.id(), k -> new ArrayList<>()).add(span);
                        }
                    }
                }
            }
        }
        return result;
    }

    /**
     * Kilometres of the drives (MOVE) that started in the period, empty when no trip order claimed the drive; time in
     * use is driving plus standing while a trip order holds the car, clipped to the period.
     */
    private void movements(Connection c, String path, Instant start, Instant end, Map<Long, Car> cars,
                           Map<Long, Tally> tallies) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT m.vehicle_id,
                       coalesce(sum(m.distance_m) FILTER (WHERE m.kind = 'MOVE' AND m.start_time >= ?), 0),
                       coalesce(sum(m.distance_m) FILTER (WHERE m.kind = 'MOVE' AND m.start_time >= ?
                                                          AND m.trip_order_id IS NULL), 0),
                       coalesce(sum(extract(epoch FROM least(m.end_time, ?) - greatest(m.start_time, ?)))
                                FILTER (WHERE m.kind = 'MOVE' OR m.trip_order_id IS NOT NULL), 0)
                FROM movement m JOIN vehicle v ON v.id = m.vehicle_id
                WHERE v.org_path LIKE ? || '%' AND m.end_time > ? AND m.start_time < ?
                GROUP BY m.vehicle_id""")) {
            Timestamp a = Timestamp.from(start);
            Timestamp b = Timestamp.from(end);
            s.setTimestamp(1, a);
            s.setTimestamp(2, a);
            s.setTimestamp(3, b);
            s.setTimestamp(4, a);
            s.setString(5, path);
            s.setTimestamp(6, a);
            s.setTimestamp(7, b);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Tally t = tallies.get(rs.getLong(1));
                    if (t == null) {
                        continue; // a disposed car
                    }
                    boolean newEnergy = cars.get(rs.getLong(1)).newEnergy();
                    t.metres = rs.getDouble(2);
                    t.emptyMetres = rs.getDouble(3);
                    t.secondsInUse = rs.getDouble(4);
                    t.newEnergyMetres = newEnergy ? t.metres : 0;
                    t.runningCostCents = t.metres / 1000 * cost.centsPerKm(newEnergy);
                }
            }
        }
    }

    /** Trips driven (started, completed, evaluated) whose window starts in the period, with what was paid on them. */
    private static void trips(Connection c, String path, Instant start, Instant end, Map<Long, Tally> tallies)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT t.vehicle_id, count(*),
                       coalesce(sum((SELECT sum(e.amount_cents) FROM trip_expense e WHERE e.request_id = t.id)), 0)
                FROM trip_request t JOIN vehicle v ON v.id = t.vehicle_id
                WHERE v.org_path LIKE ? || '%' AND t.state IN ('UNDER_WAY', 'COMPLETED', 'EVALUATED')
                  AND t.window_start >= ? AND t.window_start < ?
                GROUP BY t.vehicle_id""")) {
            bind(s, path, start, end);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Tally t = tallies.get(rs.getLong(1));
                    if (t != null) {
                        t.trips = rs.getLong(2);
                        t.expenseCents = rs.getLong(3);
                    }
                }
            }
        }
    }

    /**
     * Alarms that started in the period and were not withdrawn; confirmed ones are those a supervisor confirmed
     * (CONFIRMED, or CLOSED after a CONFIRM step).
     */
    private static void alarms(Connection c, String path, Instant start, Instant end, Map<Long, Tally> tallies)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT a.vehicle_id, count(*),
                       count(*) FILTER (WHERE a.state = 'CONFIRMED' OR (a.state = 'CLOSED' AND EXISTS (
                           SELECT 1 FROM supervision_audit s WHERE s.subject = 'alarm' AND s.subject_id = a.id::text
                                                               AND s.action = 'CONFIRM')))
                FROM alarm a JOIN vehicle v ON v.id = a.vehicle_id
                WHERE v.org_path LIKE ? || '%' AND a.state <> 'WITHDRAWN' AND a.started_at >= ? AND a.started_at < ?
                GROUP BY a.vehicle_id""")) {
            bind(s, path, start, end);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Tally t = tallies.get(rs.getLong(1));
                    if (t != null) {
                        t.alarms = rs.getLong(2);
                        t.confirmedAlarms = rs.getLong(3);
                    }
                }
            }
        }
    }

    /** Complaints received in the period that the investigation traced to the car. */
    private static void complaintsPerCar(Connection c, String path, Instant start, Instant end,
                                         Map<Long, Tally> tallies) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT k.vehicle_id, count(*), count(*) FILTER (WHERE k.outcome = 'SUBSTANTIATED')
                FROM complaint k JOIN vehicle v ON v.id = k.vehicle_id
                WHERE v.org_path LIKE ? || '%' AND k.received_at >= ? AND k.received_at < ?
                GROUP BY k.vehicle_id""")) {
            bind(s, path, start, end);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Tally t = tallies.get(rs.getLong(1));
                    if (t != null) {
                        t.complaints = rs.getLong(2);
                        t.substantiatedComplaints = rs.getLong(3);
                    }
                }
            }
        }
    }

    /**
     * Complaints received in the period per organisation they were found to concern (the owner of the car found, as
     * complaint statistics count them): all, substantiated.
     */
    private static Map<Long, long[]> complaintsPerOrg(Connection c, String path, Instant start, Instant end)
            throws SQLException {
        Map<Long, long[]> result = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT org_id, count(*), count(*) FILTER (WHERE outcome = 'SUBSTANTIATED')
                FROM complaint WHERE org_path LIKE ? || '%' AND received_at >= ? AND received_at < ?
                GROUP BY org_id""")) {
            bind(s, path, start, end);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        return result;
    }

    private static void bind(PreparedStatement s, String path, Instant start, Instant end) throws SQLException {
        s.setString(1, path);
        s.setTimestamp(2, Timestamp.from(start));
        s.setTimestamp(3, Timestamp.from(end));
    }
}
