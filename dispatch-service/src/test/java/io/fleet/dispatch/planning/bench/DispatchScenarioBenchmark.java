package io.fleet.dispatch.planning.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

import io.fleet.dispatch.driver.Driver;
import io.fleet.dispatch.driver.DriverStatus;
import io.fleet.dispatch.driver.LicenceClass;
import io.fleet.dispatch.geo.GeoJson;
import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.RouteTimeline;
import io.fleet.dispatch.planning.domain.Stop;
import io.fleet.dispatch.planning.domain.TravelCosts;
import io.fleet.dispatch.planning.service.BuiltPlan;
import io.fleet.dispatch.planning.service.Crew;
import io.fleet.dispatch.planning.service.CrewPairing;
import io.fleet.dispatch.planning.service.PlanBuilder;
import io.fleet.dispatch.planning.service.PlanInput;
import io.fleet.dispatch.planning.service.TravelCostSource;
import io.fleet.dispatch.planning.solver.SolverConfigs;
import io.fleet.dispatch.routing.LatLon;
import io.fleet.dispatch.routing.RoadNetwork;
import io.fleet.dispatch.routing.RoadProfile;
import io.fleet.dispatch.routing.RoutingEngine;
import io.fleet.dispatch.routing.TravelMatrix;
import io.fleet.dispatch.routing.bench.RoutingBenchmark;
import io.fleet.dispatch.trip.Destination;
import io.fleet.dispatch.trip.TripCategory;
import io.fleet.dispatch.trip.TripRequest;
import io.fleet.dispatch.trip.TripState;
import io.fleet.dispatch.vehicle.Energy;
import io.fleet.dispatch.vehicle.Pool;
import io.fleet.dispatch.vehicle.Vehicle;
import io.fleet.dispatch.vehicle.VehicleKind;
import io.fleet.dispatch.vehicle.VehicleStatus;

/**
 * A synthetic working day on a real road network, dispatched two ways: the greedy rule (nearest free suitable car,
 * in order of pickup time) and the planner (warm start + OptaPlanner for the given seconds). Both are judged by the
 * same rules; prints requests served (emergencies apart), empty and total kilometres, lateness, new-energy share,
 * and the time the road matrix and the solver took.
 * <p>
 * Usage: {@code DispatchScenarioBenchmark EXTRACT CACHE_DIR REQUESTS VEHICLES PLACES SECONDS [SEED]}. Requests'
 * places are drawn from PLACES road addresses (offices, hospitals and stations repeat in a real day); vehicles live
 * at their own home lots. A plain main: it measures one long run, not a hot loop.
 */
public final class DispatchScenarioBenchmark {

    private DispatchScenarioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path extract = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        int requests = Integer.parseInt(args[2]);
        int vehicles = Integer.parseInt(args[3]);
        int places = Integer.parseInt(args[4]);
        long seconds = Long.parseLong(args[5]);
        long seed = args.length > 6 ? Long.parseLong(args[6]) : 42;
        Random random = new Random(seed);
        RoadNetwork network = RoadNetwork.open(extract, cache, 200, 1000);
        try (RoutingEngine engine = new RoutingEngine(network, 0, 2_000_000)) {
            List<LatLon> addresses = RoutingBenchmark.randomRoadPoints(engine, random, places);
            List<LatLon> homes = RoutingBenchmark.randomRoadPoints(engine, random, vehicles);
            LocalDate day = LocalDate.of(2026, 12, 1);
            Instant epoch = day.atStartOfDay(io.fleet.dispatch.planning.service.PlanningData.ZONE).toInstant();
            List<Vehicle> fleet = fleet(vehicles, homes, random);
            List<Driver> drivers = drivers(vehicles);
            Map<Long, long[][]> hours = new HashMap<>();
            drivers.forEach(d -> hours.put(d.id, new long[][] {{8 * 3600, 18 * 3600}}));
            List<Crew> crews = CrewPairing.pair(fleet, drivers, Map.of(), hours);
            List<TripRequest> open = requests(requests, addresses, day, random);
            PlanInput in = new PlanInput(epoch, epoch, crews, Map.of(), open, List.of(), Duration.ofMinutes(3),
                    Duration.ofMinutes(45));
            long[] matrixMillis = new long[1];
            TravelCostSource road = points -> {
                long t0 = System.nanoTime();
                TravelMatrix m = engine.matrix(RoadProfile.CAR, points, points);
                int n = points.size();
                long[][] s = new long[n][n];
                long[][] d = new long[n][n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        s[i][j] = i == j ? 0 : TravelCostSource.seconds(m.seconds(i, j));
                        d[i][j] = i == j ? 0 : TravelCostSource.metres(m.metres(i, j));
                    }
                }
                matrixMillis[0] += (System.nanoTime() - t0) / 1_000_000;
                return new TravelCosts(s, d);
            };
            System.out.printf(Locale.ROOT, "scenario: %d requests, %d vehicles (%d crews), %d addresses on %s, %d cores%n",
                    requests, vehicles, crews.size(), places, extract.getFileName(),
                    Runtime.getRuntime().availableProcessors());

            BuiltPlan greedy = PlanBuilder.build(in, road, false);
            System.out.printf(Locale.ROOT, "road matrix: %d places, %d ms%n", greedy.plan().costs().size(), matrixMillis[0]);
            long t0 = System.nanoTime();
            GreedyDispatch.apply(greedy.plan());
            report("greedy (nearest free car)", greedy, open, (System.nanoTime() - t0) / 1_000_000);

            long t1 = System.nanoTime();
            BuiltPlan planned = PlanBuilder.build(in, costsOf(greedy), true);
            report("warm start (cheapest insertion)", planned, open, (System.nanoTime() - t1) / 1_000_000);
            Solver<DispatchPlan> solver = SolverFactory.<DispatchPlan>create(
                    SolverConfigs.solver(Duration.ofSeconds(seconds), null, seed)).buildSolver();
            long t2 = System.nanoTime();
            DispatchPlan best = solver.solve(planned.plan());
            report("planner (" + seconds + " s)", planned.withPlan(best), open, (System.nanoTime() - t2) / 1_000_000);
            System.out.println("planner score: " + best.score());
        }
    }

    /** The same costs again, without computing the matrix twice. */
    private static TravelCostSource costsOf(BuiltPlan built) {
        return points -> built.plan().costs();
    }

    private static void report(String name, BuiltPlan built, List<TripRequest> open, long millis) {
        int served = 0;
        int emergencies = 0;
        int emergenciesServed = 0;
        double empty = 0;
        double total = 0;
        double electric = 0;
        long lateSeconds = 0;
        int hardBroken = 0;
        for (TripRequest t : open) {
            if (t.category == TripCategory.EMERGENCY) {
                emergencies++;
            }
        }
        for (Route route : built.plan().routes()) {
            if (route.unserved()) {
                continue;
            }
            RouteTimeline t = route.timeline();
            if (!t.feasible(route)) {
                hardBroken++;
            }
            for (int i = 0; i < route.stops().size(); i++) {
                Stop s = route.stops().get(i);
                if (s.pickup()) {
                    served++;
                    if (s.job().unservedWeight() >= 1_000_000) {
                        emergenciesServed++;
                    }
                    lateSeconds += Math.max(0, t.start(i) - s.job().preferredStart());
                }
            }
            empty += t.emptyMetres() / 1000.0;
            total += t.totalMetres() / 1000.0;
            if (route.newEnergy()) {
                electric += t.totalMetres() / 1000.0;
            }
        }
        System.out.printf(Locale.ROOT,
                "%-32s served %d/%d (emergencies %d/%d)  empty %.1f km  total %.1f km  lateness %.0f min"
                        + " (%.1f per trip)  new-energy %.0f %% of km  routes breaking a rule %d  time %d ms%n",
                name, served, open.size(), emergenciesServed, emergencies, empty, total, lateSeconds / 60.0,
                served == 0 ? 0 : lateSeconds / 60.0 / served, total == 0 ? 0 : 100 * electric / total, hardBroken,
                millis);
    }

    private static List<Vehicle> fleet(int n, List<LatLon> homes, Random random) {
        List<Vehicle> fleet = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Vehicle v = new Vehicle();
            v.id = (long) i + 1;
            v.orgId = 1;
            v.orgPath = "/1/";
            v.plate = "浙A·B" + String.format("%04d", i);
            double roll = random.nextDouble();
            v.pool = roll < 0.1 ? Pool.EMERGENCY : roll < 0.2 ? Pool.ENFORCEMENT : roll < 0.3 ? Pool.RETIREE
                    : roll < 0.35 ? Pool.COURIER : Pool.GENERAL;
            v.kind = v.pool == Pool.ENFORCEMENT ? VehicleKind.ENFORCEMENT : random.nextDouble() < 0.15
                    ? VehicleKind.MPV : VehicleKind.SEDAN;
            v.seats = (short) (v.kind == VehicleKind.MPV ? 7 : 5);
            v.energy = random.nextDouble() < 0.6 ? Energy.NEW_ENERGY : Energy.FUEL;
            v.batteryRangeKm = v.energy == Energy.NEW_ENERGY ? 300 : null;
            v.status = VehicleStatus.AVAILABLE;
            LatLon h = homes.get(i);
            double e = 0.0003;
            v.homeLot = GeoJson.FACTORY.createPolygon(new Coordinate[] {new Coordinate(h.lon() - e, h.lat() - e),
                    new Coordinate(h.lon() + e, h.lat() - e), new Coordinate(h.lon() + e, h.lat() + e),
                    new Coordinate(h.lon() - e, h.lat() + e), new Coordinate(h.lon() - e, h.lat() - e)});
            fleet.add(v);
        }
        return fleet;
    }

    private static List<Driver> drivers(int n) {
        List<Driver> drivers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Driver d = new Driver();
            d.id = (long) i + 1;
            d.orgId = 1;
            d.orgPath = "/1/";
            d.name = "驾驶员" + i;
            d.licenceClass = LicenceClass.B1;
            d.dailyLimitMinutes = 540;
            d.status = DriverStatus.ACTIVE;
            drivers.add(d);
        }
        return drivers;
    }

    private static List<TripRequest> requests(int n, List<LatLon> addresses, LocalDate day, Random random) {
        List<TripRequest> open = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TripRequest t = new TripRequest();
            t.id = (long) i + 1;
            t.orgId = 1;
            t.orgPath = "/1/";
            double roll = random.nextDouble();
            t.category = roll < 0.05 ? TripCategory.EMERGENCY : roll < 0.15 ? TripCategory.ENFORCEMENT
                    : roll < 0.22 ? TripCategory.COURIER : roll < 0.32 ? TripCategory.RETIREE : TripCategory.GENERAL;
            t.passengers = (short) (1 + random.nextInt(random.nextDouble() < 0.8 ? 3 : 5));
            LatLon from = addresses.get(random.nextInt(addresses.size()));
            LatLon to = addresses.get(random.nextInt(addresses.size()));
            t.pickupPlace = "地址" + i;
            t.pickupPoint = GeoJson.FACTORY.createPoint(new Coordinate(from.lon(), from.lat()));
            int minute = 7 * 60 + 30 + random.nextInt(9 * 60 + 30);
            OffsetDateTime start = day.atTime(minute / 60, minute % 60).atOffset(ZoneOffset.ofHours(8));
            t.windowStart = start;
            t.windowEnd = start.plusMinutes(t.category == TripCategory.EMERGENCY ? 20 : 30);
            t.destinations = List.of(new Destination("目的地" + i, to.lon(), to.lat()));
            t.waitAndReturn = random.nextDouble() < 0.15;
            t.shareable = random.nextDouble() < 0.3;
            t.state = TripState.APPROVED;
            open.add(t);
        }
        return open;
    }
}
