package io.fleet.dispatch.planning.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.driver.Driver;
import io.fleet.dispatch.driver.DriverRepository;
import io.fleet.dispatch.driver.DriverStatus;
import io.fleet.dispatch.driver.shift.DutyDay;
import io.fleet.dispatch.driver.shift.Interval;
import io.fleet.dispatch.driver.shift.ShiftKind;
import io.fleet.dispatch.routing.LatLon;
import io.fleet.dispatch.track.live.LiveFeed;
import io.fleet.dispatch.track.live.LivePosition;
import io.fleet.dispatch.trip.TripCategory;
import io.fleet.dispatch.trip.TripRequest;
import io.fleet.dispatch.trip.TripState;
import io.fleet.dispatch.vehicle.Vehicle;
import io.fleet.dispatch.vehicle.VehicleRepository;
import io.fleet.dispatch.vehicle.VehicleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Reads what a plan needs from the registry, the requests, the drivers' hours and the live positions. */
@ApplicationScoped
public class PlanningData {

    private static final Logger LOG = Logger.getLogger(PlanningData.class);
    public static final ZoneId ZONE = DutyDay.ZONE;
    static final List<TripState> OPEN = List.of(TripState.APPROVED, TripState.SCHEDULED);
    static final List<TripState> FIXED = List.of(TripState.ACCEPTED, TripState.UNDER_WAY);

    private final VehicleRepository vehicles;
    private final DriverRepository drivers;
    private final EntityManager entities;
    private final LiveFeed live;
    private final PlanningConfig config;

    PlanningData(VehicleRepository vehicles, DriverRepository drivers, EntityManager entities, LiveFeed live,
            PlanningConfig config) {
        this.vehicles = vehicles;
        this.drivers = drivers;
        this.entities = entities;
        this.live = live;
        this.config = config;
    }

    /** A day plan of the subtree: its requests whose pickup window starts that day. */
    @Transactional
    public PlanInput dayInput(LocalDate day, String orgPath, Instant now) {
        Instant epoch = day.atStartOfDay(ZONE).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(ZONE).toInstant();
        List<TripRequest> requests = entities.createQuery(
                        "from TripRequest t where t.orgPath like :p and t.windowStart >= :from and t.windowStart < :to"
                                + " order by t.windowStart, t.id", TripRequest.class)
                .setParameter("p", orgPath + "%")
                .setParameter("from", epoch.atOffset(java.time.ZoneOffset.UTC))
                .setParameter("to", end.atOffset(java.time.ZoneOffset.UTC))
                .getResultList();
        List<TripRequest> open = new ArrayList<>();
        List<TripRequest> fixed = new ArrayList<>();
        for (TripRequest t : requests) {
            if (OPEN.contains(t.state) || (t.state == TripState.SUBMITTED && t.category == TripCategory.EMERGENCY)) {
                open.add(t);
            } else if (FIXED.contains(t.state)) {
                fixed.add(t);
            }
        }
        List<Vehicle> fleet = vehicles.inSubtree(orgPath).stream()
                .filter(v -> v.status == VehicleStatus.AVAILABLE).toList();
        return input(epoch, now, fleet, drivers.inSubtree(orgPath), open, fixed, day);
    }

    PlanInput input(Instant epoch, Instant now, List<Vehicle> fleet, List<Driver> crewDrivers,
            List<TripRequest> open, List<TripRequest> fixed, LocalDate day) {
        List<Driver> active = crewDrivers.stream().filter(d -> d.status == DriverStatus.ACTIVE).toList();
        Map<Long, Long> current = new HashMap<>();
        for (TripRequest t : concat(open, fixed)) {
            if (t.vehicleId != null && t.driverId != null) {
                current.putIfAbsent(t.vehicleId, t.driverId);
            }
        }
        Map<Long, long[][]> hours = hours(active, day, epoch);
        List<Crew> crews = CrewPairing.pair(fleet, active, current, hours);
        Map<Long, LatLon> positions = positions(fleet, now);
        return new PlanInput(epoch, now, crews, positions, open, fixed, config.boarding(), config.stay());
    }

    /**
     * Each driver's working time on the day in plan seconds, by the drivers' rule ({@link DutyDay}): the SHIFT rows
     * that start that day or else the default hours, minus leave. The first element is {start, end}; each further
     * one is a gap inside it (leave in the middle of a shift), which the plan treats as time the car is not
     * available. Drivers with no working time that day are absent.
     */
    Map<Long, long[][]> hours(List<Driver> active, LocalDate day, Instant epoch) {
        Map<Long, List<DutyDay.Row>> rows = new HashMap<>();
        if (!active.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = entities.createNativeQuery(
                            "select driver_id, kind, starts_at, ends_at from driver_shift"
                                    + " where driver_id in (:ids) and starts_at < :to and ends_at > :from")
                    .setParameter("ids", active.stream().map(d -> d.id).toList())
                    .setParameter("from", Timestamp.from(DutyDay.start(day)))
                    .setParameter("to", Timestamp.from(DutyDay.end(day).plus(DutyDay.REACH)))
                    .getResultList();
            for (Object[] r : found) {
                rows.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new DutyDay.Row(
                        ShiftKind.valueOf((String) r[1]), new Interval(toInstant(r[2]), toInstant(r[3]))));
            }
        }
        Map<Long, long[][]> hours = new HashMap<>();
        for (Driver d : active) {
            List<Interval> working = DutyDay.of(day, rows.getOrDefault(d.id, List.of())).intervals();
            if (working.isEmpty()) {
                continue;
            }
            long[][] h = new long[working.size()][];
            h[0] = new long[] {seconds(working.get(0).start(), epoch), seconds(working.get(working.size() - 1).end(), epoch)};
            for (int i = 1; i < working.size(); i++) {
                h[i] = new long[] {seconds(working.get(i - 1).end(), epoch), seconds(working.get(i).start(), epoch)};
            }
            hours.put(d.id, h);
        }
        return hours;
    }

    private static long seconds(Instant at, Instant epoch) {
        return at.getEpochSecond() - epoch.getEpochSecond();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }

    /** Fresh live positions of these vehicles. */
    Map<Long, LatLon> positions(List<Vehicle> fleet, Instant now) {
        Map<Long, LatLon> positions = new HashMap<>();
        try {
            for (LivePosition p : live.snapshot(null)) {
                if (now.toEpochMilli() - p.fixTimeMillis() <= config.liveMaxAge().toMillis()
                        && p.fixTimeMillis() <= now.toEpochMilli() + 60_000) {
                    positions.put(p.vehicleId(), LatLon.of(p.latitude(), p.longitude()));
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("live positions unavailable, planning from home lots: %s", e.getMessage());
        }
        positions.keySet().retainAll(fleet.stream().map(v -> v.id).toList());
        return positions;
    }

    private static List<TripRequest> concat(List<TripRequest> a, List<TripRequest> b) {
        List<TripRequest> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
