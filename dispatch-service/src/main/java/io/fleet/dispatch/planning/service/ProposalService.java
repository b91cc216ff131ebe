package io.fleet.dispatch.planning.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.driver.Driver;
import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.RouteTimeline;
import io.fleet.dispatch.planning.domain.Stop;
import io.fleet.dispatch.planning.domain.TravelCosts;
import io.fleet.dispatch.routing.LatLon;
import io.fleet.dispatch.security.Scope;
import io.fleet.dispatch.trip.AssignmentRules;
import io.fleet.dispatch.trip.RuleBreak;
import io.fleet.dispatch.trip.TripRequest;
import io.fleet.dispatch.trip.TripState;
import io.fleet.dispatch.vehicle.Vehicle;
import io.fleet.dispatch.vehicle.VehicleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Immediate mode: for one request (an emergency, typically), the three best vehicle + driver crews to send now, from
 * where the cars are and road times to the pickup, judged by the planner's own rules and costs. Other trips are not
 * moved: the vehicles' scheduled and accepted trips are fixed commitments the new one must fit around. Ranked:
 * those that keep every rule first, then fewest broken rules, then earliest arrival, new energy, least empty driving.
 */
@ApplicationScoped
public class ProposalService {

    static final int TOP = 3;
    /** The break of a proposal whose car has no road to the pickup. */
    public static final String UNREACHABLE = "unreachable";

    private final EntityManager entities;
    private final PlanningData data;
    private final RoadTravelCosts road;
    private final PlanningConfig config;
    private final Clock clock = Clock.systemUTC();

    private final Scope scope;

    ProposalService(EntityManager entities, PlanningData data, RoadTravelCosts road, PlanningConfig config,
            Scope scope) {
        this.scope = scope;
        this.entities = entities;
        this.data = data;
        this.road = road;
        this.config = config;
    }

    @Transactional
    public Proposals propose(long requestId) {
        long started = System.nanoTime();
        TripRequest request = entities.find(TripRequest.class, requestId);
        scope.visible(request, request == null ? null : request.orgPath, "trip request", requestId);
        Instant now = clock.instant();
        LocalDate today = now.atZone(PlanningData.ZONE).toLocalDate();
        Instant epoch = today.atStartOfDay(PlanningData.ZONE).toInstant();
        List<Vehicle> line = entities.createQuery("from Vehicle v where v.status = :available"
                        + " and (:path like concat(v.orgPath, '%') or v.orgPath like concat(:path, '%'))", Vehicle.class)
                .setParameter("available", VehicleStatus.AVAILABLE).setParameter("path", request.orgPath)
                .getResultList();
        List<Driver> drivers = entities.createQuery("from Driver d where"
                        + " (:path like concat(d.orgPath, '%') or d.orgPath like concat(:path, '%'))", Driver.class)
                .setParameter("path", request.orgPath).getResultList();
        Set<Long> ids = line.stream().map(v -> v.id).collect(Collectors.toSet());
        List<TripRequest> busy = ids.isEmpty() ? List.of() : entities.createQuery("from TripRequest t"
                        + " where t.vehicleId in :ids and t.state in :states and t.id <> :id"
                        + " and t.windowEnd > :from and t.windowStart < :to", TripRequest.class)
                .setParameter("ids", ids)
                .setParameter("states", List.of(TripState.SCHEDULED, TripState.ACCEPTED, TripState.UNDER_WAY))
                .setParameter("id", requestId)
                .setParameter("from", now.minusSeconds(6 * 3600).atOffset(ZoneOffset.UTC))
                .setParameter("to", now.plusSeconds(18 * 3600).atOffset(ZoneOffset.UTC))
                .getResultList();
        busy.forEach(entities::detach);
        PlanInput all = data.input(epoch, now, line, drivers, List.of(request), busy, today);
        PlanInput in = nearest(all, request);
        BuiltPlan built = PlanBuilder.build(in, new NeededRoadCosts(road, in));
        List<Proposal> ranked = rank(built, request, now, epoch);
        long micros = (System.nanoTime() - started) / 1000;
        return new Proposals(requestId, now, ranked.size() > TOP ? ranked.subList(0, TOP) : ranked,
                in.crews().size(), all.crews().size(), micros / 1000.0);
    }

    /** The crews whose cars are closest to the pickup in a straight line; road ETAs are computed for these only. */
    private PlanInput nearest(PlanInput in, TripRequest request) {
        LatLon pickup = PlanBuilder.centre(request.pickupPoint);
        List<Crew> crews = in.crews().stream()
                .filter(c -> PlanBuilder.start(in, c) != null)
                .sorted(Comparator.comparingDouble(c -> StraightLine.metres(PlanBuilder.start(in, c), pickup)))
                .limit(config.immediateCandidates()).toList();
        return new PlanInput(in.epoch(), in.now(), crews, in.positions(), in.open(), in.commitments(),
                in.boarding(), in.stay());
    }

    private List<Proposal> rank(BuiltPlan built, TripRequest request, Instant now, Instant epoch) {
        DispatchPlan plan = built.plan();
        Stop pickup = plan.stops().stream().filter(Stop::pickup).findFirst().orElseThrow();
        List<Proposal> proposals = new ArrayList<>();
        for (Route route : plan.routes()) {
            if (route.unserved()) {
                continue;
            }
            List<Stop> alone = List.of(pickup, pickup.partner());
            RouteTimeline t = RouteTimeline.of(route, alone);
            Crew crew = built.crewByRoute().get(route.id());
            List<RuleBreak> breaks = new ArrayList<>(AssignmentRules.check(request, crew.vehicle(), crew.driver(),
                    List.of(), List.of()));
            boolean live = built.input().positions().containsKey(crew.vehicle().id);
            String from = live ? "live position" : "home lot";
            long metres = plan.costs().metres(route.startLocation(), pickup.location());
            if (metres >= TravelCostSource.UNREACHABLE_METRES
                    || plan.costs().seconds(route.startLocation(), pickup.location())
                    >= TravelCostSource.UNREACHABLE_SECONDS) {
                // no road between them (a place off the map): the planner's stand-in cost is no distance to show
                breaks.add(new RuleBreak(UNREACHABLE, "no road from its " + from + " to the pickup"));
                proposals.add(new Proposal(crew.vehicle().id, crew.vehicle().plate, crew.driver().id,
                        crew.driver().name, false, false, null, null, null, route.newEnergy(), from,
                        List.of("no road from its " + from + " to the pickup (a place off the map?)"), breaks, 0,
                        0));
                continue;
            }
            explainPlanBreaks(route, t, breaks, pickup);
            long etaSeconds = t.arrival(0) - (now.getEpochSecond() - epoch.getEpochSecond());
            proposals.add(new Proposal(crew.vehicle().id, crew.vehicle().plate, crew.driver().id, crew.driver().name,
                    breaks.isEmpty(), true, Math.round(etaSeconds / 6.0) / 10.0, Math.round(metres / 100.0) / 10.0,
                    epoch.plusSeconds(t.arrival(0)), route.newEnergy(), from,
                    reasons(request, crew, route, t, live, etaSeconds, plan.costs(), pickup, now, epoch), breaks,
                    t.emptyMetres(), t.fuelKm()));
        }
        proposals.sort(Comparator.comparing((Proposal p) -> !p.reachable())
                .thenComparing(p -> !p.feasible())
                .thenComparingInt(p -> p.breaks().size())
                .thenComparingDouble(p -> p.etaMinutes() == null ? Double.MAX_VALUE : p.etaMinutes())
                .thenComparing(p -> !p.newEnergy())
                .thenComparingLong(Proposal::emptyMetres));
        return proposals;
    }

    /** The rules the planner adds to the dispatcher's list: time, shift, working time, range, other trips. */
    private static void explainPlanBreaks(Route route, RouteTimeline t, List<RuleBreak> breaks, Stop pickup) {
        if (t.lateSeconds() > 0) {
            breaks.add(new RuleBreak("timeWindow", "reaches the pickup " + t.lateSeconds() / 60
                    + " min after the latest pickup time"));
        }
        if (t.seatExcess() > 0) {
            breaks.removeIf(b -> b.rule().equals(AssignmentRules.SEATS));
            breaks.add(new RuleBreak(AssignmentRules.SEATS, pickup.job().passengers() + " passengers, "
                    + route.capacity() + " seats besides the driver"));
        }
        if (t.shiftExcess(route) > 0) {
            breaks.add(new RuleBreak("shiftEnd", route.driverName() + " would be back "
                    + t.shiftExcess(route) / 60 + " min after the end of the shift"));
        }
        if (t.workExcess(route) > 0) {
            breaks.add(new RuleBreak("workingTime", route.driverName() + " would work "
                    + t.workExcess(route) / 60 + " min beyond the daily limit"));
        }
        if (t.rangeExcess(route) > 0) {
            breaks.add(new RuleBreak("batteryRange", "the trip needs " + t.rangeExcess(route) / 1000
                    + " km more than the battery range"));
        }
        if (t.commitmentOverlap() > 0) {
            breaks.add(new RuleBreak(AssignmentRules.VEHICLE_BUSY, route.plate() + " has other trips then: "
                    + route.commitments().stream().map(c -> "#" + c.requestId()).toList()));
        }
    }

    private static List<String> reasons(TripRequest request, Crew crew, Route route, RouteTimeline t, boolean live,
            long etaSeconds, TravelCosts costs, Stop pickup, Instant now, Instant epoch) {
        List<String> reasons = new ArrayList<>();
        long drive = costs.seconds(route.startLocation(), pickup.location());
        reasons.add(String.format(java.util.Locale.ROOT, "ETA %d min: %.1f km, %d min by road from its %s",
                Math.max(0, Math.round(etaSeconds / 60.0)), costs.metres(route.startLocation(), pickup.location())
                        / 1000.0, Math.round(drive / 60.0), live ? "live position" : "home lot"));
        long nowSeconds = now.getEpochSecond() - epoch.getEpochSecond();
        if (route.availableFrom() > nowSeconds) {
            reasons.add(crew.driver().name + "'s shift starts at " + java.time.LocalTime.ofSecondOfDay(
                    Math.floorMod(route.availableFrom(), 86_400)) + "; the car leaves then");
        }
        reasons.add(crew.vehicle().pool + " pool may serve " + request.category + " trips");
        reasons.add(route.capacity() + " seats besides the driver for " + request.passengers + " passengers");
        reasons.add(route.newEnergy() ? "new-energy vehicle (counts toward the 80 % target)" : "fuel vehicle");
        reasons.add(crew.driver().name + ", licence " + crew.driver().licenceClass + ", shift until "
                + java.time.LocalTime.ofSecondOfDay(Math.floorMod(route.shiftEnd(), 86_400)));
        List<String> trips = route.commitments().stream().filter(c -> c.requestId() != 0)
                .map(c -> "#" + c.requestId()).toList();
        if (!trips.isEmpty()) {
            reasons.add("fits around trips " + trips);
        }
        reasons.add(String.format("%.1f km driven empty to the pickup and home", t.emptyMetres() / 1000.0));
        return reasons;
    }

    /**
     * One car and driver for the request. {@code reachable} false: no road joins the car and the pickup (a place off
     * the map); then ETA, distance and arrival are null and the one break is {@value #UNREACHABLE}.
     */
    public record Proposal(long vehicleId, String plate, long driverId, String driverName, boolean feasible,
            boolean reachable, Double etaMinutes, Double kmToPickup, Instant arrival, boolean newEnergy, String from,
            List<String> reasons, List<RuleBreak> breaks, long emptyMetres, long fuelKm) {
    }

    public record Proposals(long requestId, Instant at, List<Proposal> proposals, int evaluated, int crews,
            double millis) {
    }

    /**
     * Road costs only where a one-trip route uses them (car to pickup, along the trip, back home, to and from its
     * other trips); straight-line estimates elsewhere, which no evaluation here reads.
     */
    static final class NeededRoadCosts implements TravelCostSource {
        private final RoadTravelCosts road;
        private final PlanInput in;

        NeededRoadCosts(RoadTravelCosts road, PlanInput in) {
            this.road = road;
            this.in = in;
        }

        @Override
        public TravelCosts between(List<LatLon> points) {
            int n = points.size();
            long[][] s = new long[n][n];
            long[][] m = new long[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    long metres = Math.round(StraightLine.metres(points.get(i), points.get(j)) * StraightLine.DETOUR);
                    m[i][j] = metres;
                    s[i][j] = Math.round(metres / StraightLine.CITY_SPEED);
                }
            }
            // Every leg a one-trip route drives touches one of the request's own places: compute those by road.
            Locations own = new Locations();
            PlanBuilder.places(in.open().get(0), own);
            Set<Long> keys = own.points().stream().map(Locations::key).collect(Collectors.toSet());
            List<Integer> trip = new ArrayList<>();
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                others.add(i);
                if (keys.contains(Locations.key(points.get(i)))) {
                    trip.add(i);
                }
            }
            fill(points, others, trip, s, m);
            fill(points, trip, others, s, m);
            for (int i = 0; i < n; i++) {
                s[i][i] = 0;
                m[i][i] = 0;
            }
            return new TravelCosts(s, m);
        }

        private void fill(List<LatLon> points, List<Integer> from, List<Integer> to, long[][] s, long[][] m) {
            long[][][] cells = road.rectangle(from.stream().map(points::get).toList(),
                    to.stream().map(points::get).toList());
            for (int i = 0; i < from.size(); i++) {
                for (int j = 0; j < to.size(); j++) {
                    s[from.get(i)][to.get(j)] = cells[0][i][j];
                    m[from.get(i)][to.get(j)] = cells[1][i][j];
                }
            }
        }
    }
}
