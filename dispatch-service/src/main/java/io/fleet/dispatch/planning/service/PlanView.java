package io.fleet.dispatch.planning.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.RouteTimeline;
import io.fleet.dispatch.planning.domain.Stop;
import io.fleet.dispatch.routing.LatLon;
import io.fleet.dispatch.trip.TripRequest;

/** A day plan as the dispatcher sees it: each vehicle's trips in order with times, what is left unserved, and why. */
public record PlanView(String id, LocalDate day, long orgId, String status, String failure, String score,
        boolean feasible, Instant solvedAt, int changes, Summary summary, List<RouteView> routes,
        List<Unserved> unserved, Map<String, String> constraints) {

    public record Summary(int requests, int served, int unserved, double totalKm, double emptyKm,
            double newEnergyShareOfKm, int vehiclesUsed) {
    }

    public record RouteView(String routeId, Long vehicleId, String plate, Long driverId, String driverName,
            boolean newEnergy, double totalKm, double emptyKm, int workedMinutes, List<StopView> stops) {
    }

    public record StopView(long requestId, String kind, String place, double lat, double lon, OffsetDateTime arrival,
            OffsetDateTime serviceStart, boolean late) {
    }

    public record Unserved(long requestId, String place, String category, OffsetDateTime windowStart) {
    }

    static PlanView of(PlanRun run) {
        return of(run, null);
    }

    static PlanView of(PlanRun run, Map<String, String> constraints) {
        BuiltPlan built = run.best;
        DispatchPlan plan = built.plan();
        Instant epoch = built.input().epoch();
        List<RouteView> routes = new ArrayList<>();
        List<Unserved> unserved = new ArrayList<>();
        int served = 0;
        int used = 0;
        double total = 0;
        double empty = 0;
        double newEnergyKm = 0;
        for (Route route : plan.routes()) {
            if (route.unserved()) {
                for (Stop s : route.stops()) {
                    if (s.pickup()) {
                        TripRequest t = built.requestByJob().get(s.job().id());
                        unserved.add(new Unserved(s.job().requestId(), s.job().label(),
                                t == null ? null : t.category.name(), t == null ? null : t.windowStart));
                    }
                }
                continue;
            }
            RouteTimeline t = route.timeline();
            List<StopView> stops = new ArrayList<>();
            for (int i = 0; i < route.stops().size(); i++) {
                Stop s = route.stops().get(i);
                LatLon at = built.places().points().get(s.location());
                TripRequest request = built.requestByJob().get(s.job().id());
                String place = s.pickup() ? s.job().label()
                        : request == null || request.waitAndReturn ? s.job().label() + " (back)"
                        : request.destinations.get(request.destinations.size() - 1).name();
                stops.add(new StopView(s.job().requestId(), s.pickup() ? "PICKUP" : "DROPOFF", place, at.lat(),
                        at.lon(), time(epoch, t.arrival(i)), time(epoch, t.start(i)), t.arrival(i) > s.due()));
                if (s.pickup()) {
                    served++;
                }
            }
            if (!route.stops().isEmpty()) {
                used++;
                total += t.totalMetres() / 1000.0;
                empty += t.emptyMetres() / 1000.0;
                if (route.newEnergy()) {
                    newEnergyKm += t.totalMetres() / 1000.0;
                }
            }
            routes.add(new RouteView(route.id(), route.vehicleId(), route.plate(), route.driverId(), route.driverName(),
                    route.newEnergy(), round(t.totalMetres() / 1000.0), round(t.emptyMetres() / 1000.0),
                    (int) (t.workedSeconds() / 60), stops));
        }
        Summary summary = new Summary(served + unserved.size(), served, unserved.size(), round(total), round(empty),
                total == 0 ? 0 : round(newEnergyKm / total), used);
        return new PlanView(run.id, run.day, run.orgId, run.status.name(), run.failure,
                plan.score() == null ? null : plan.score().toString(),
                plan.score() != null && plan.score().hardScore() == 0, run.solvedAt, run.changes, summary, routes,
                unserved, constraints == null ? Map.of() : new TreeMap<>(constraints));
    }

    private static OffsetDateTime time(Instant epoch, long seconds) {
        return epoch.plusSeconds(seconds).atZone(PlanningData.ZONE).toOffsetDateTime();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
