package io.fleet.dispatch.planning.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.jboss.logging.Logger;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.organisation.Organisation;
import io.fleet.dispatch.organisation.OrganisationRepository;
import io.fleet.dispatch.planning.domain.Commitment;
import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Stop;
import io.fleet.dispatch.planning.domain.TravelCosts;
import io.fleet.dispatch.planning.solver.CheapestInsertion;
import io.fleet.dispatch.routing.LatLon;
import io.fleet.dispatch.trip.TripCategory;
import io.fleet.dispatch.trip.TripRequest;
import io.fleet.dispatch.trip.TripState;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Planning mode: a day's requests of an organisation's subtree optimised in the background, the best plan so far
 * readable at any time, and re-planned as requests arrive, change or are cancelled. Changes come from the requests'
 * own audit trail (every step of every request is an event there), read every two seconds, so a request submitted
 * on any node of the service reaches the planner; a running solver takes them as problem changes, a finished plan
 * is solved again from where it was.
 */
@ApplicationScoped
public class PlanningService {

    private static final Logger LOG = Logger.getLogger(PlanningService.class);

    private final SolverManager<DispatchPlan, String> solvers;
    private final PlanningData data;
    private final TravelCostSource travel;
    private final OrganisationRepository organisations;
    private final EntityManager entities;
    private final Clock clock;
    private final Map<String, PlanRun> runs = new ConcurrentHashMap<>();
    private final PlanningConfig config;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "planning-deadlines");
        t.setDaemon(true);
        return t;
    });
    private volatile long watermark = -1;

    PlanningService(SolverManager<DispatchPlan, String> solvers, PlanningData data, RoadTravelCosts travel,
            OrganisationRepository organisations, EntityManager entities, PlanningConfig config) {
        this.solvers = solvers;
        this.config = config;
        this.data = data;
        this.travel = travel;
        this.organisations = organisations;
        this.entities = entities;
        this.clock = Clock.systemUTC();
    }

    /** Starts (or restarts from scratch) the plan of {@code day} for the subtree of {@code orgId}. */
    public PlanView start(LocalDate day, long orgId) {
        Organisation org = organisations.findByIdOptional(orgId)
                .orElseThrow(() -> Problems.badField("orgId", "no organisation " + orgId));
        organisations.scope().within(org.path, orgId);
        String id = day + "-" + orgId;
        PlanRun old = runs.get(id);
        if (old != null && old.status == PlanRun.Status.SOLVING) {
            solvers.terminateEarly(id);
        }
        ensureWatermark();
        BuiltPlan built = PlanBuilder.build(data.dayInput(day, org.path, clock.instant()), travel, false);
        // The warm start counts against the planning time: a plan is final solve-time after its matrix is ready.
        long warmStart = System.nanoTime();
        CheapestInsertion.apply(built.plan());
        long left = config.solveTime().toMillis() - (System.nanoTime() - warmStart) / 1_000_000;
        PlanRun run = new PlanRun(id, day, orgId, org.path, built);
        runs.put(id, run);
        int generation = solve(run, built.plan());
        deadlines.schedule(() -> {
            if (run.generation == generation && run.status == PlanRun.Status.SOLVING) {
                solvers.terminateEarly(id);
            }
        }, Math.max(0, left), TimeUnit.MILLISECONDS);
        return PlanView.of(run);
    }

    @PreDestroy
    void stopDeadlines() {
        deadlines.shutdownNow();
    }

    public PlanView get(String id) {
        return PlanView.of(run(id));
    }

    /** The plans of the caller's subtree. */
    public Collection<PlanView> list() {
        return runs.values().stream().filter(run -> organisations.scope().sees(run.orgPath)).map(PlanView::of)
                .toList();
    }

    public PlanView stop(String id) {
        PlanRun run = run(id);
        solvers.terminateEarly(id);
        return PlanView.of(run);
    }

    PlanRun run(String id) {
        PlanRun run = runs.get(id);
        // a plan of a subtree the caller does not see is answered as a missing one (Scope)
        return organisations.scope().visible(run, run == null ? null : run.orgPath, "plan", id);
    }

    private int solve(PlanRun run, DispatchPlan start) {
        int generation = ++run.generation;
        run.status = PlanRun.Status.SOLVING;
        solvers.solveAndListen(run.id, id -> start,
                best -> {
                    if (run.generation == generation) {
                        run.best = run.best.withPlan(best);
                    }
                },
                best -> {
                    if (run.generation == generation) {
                        run.best = run.best.withPlan(best);
                        run.status = PlanRun.Status.SOLVED;
                        run.solvedAt = Instant.now();
                    }
                },
                (id, error) -> {
                    LOG.errorf(error, "planning %s failed", id);
                    run.failure = String.valueOf(error.getMessage());
                    run.status = PlanRun.Status.FAILED;
                });
        return generation;
    }

    private void ensureWatermark() {
        if (watermark < 0) {
            watermark = latestEventId();
        }
    }

    @Transactional
    long latestEventId() {
        Number max = (Number) entities.createNativeQuery("select coalesce(max(id), 0) from trip_request_event")
                .getSingleResult();
        return max.longValue();
    }

    /** Reads request steps recorded since the last look and hands each affected plan its change. */
    @Scheduled(every = "${fleet.planning.poll:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void followRequests() {
        // Plans of days gone by are no longer proposals anyone can act on; keep memory to the days still ahead.
        LocalDate yesterday = clock.instant().atZone(PlanningData.ZONE).toLocalDate().minusDays(1);
        runs.values().removeIf(r -> r.day.isBefore(yesterday) && r.status != PlanRun.Status.SOLVING);
        if (runs.isEmpty() || watermark < 0) {
            return;
        }
        List<TripRequest> changed = changedSince();
        for (TripRequest t : changed) {
            for (PlanRun run : runs.values()) {
                if (affects(run, t)) {
                    try {
                        change(run, t);
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "request %d could not be applied to plan %s", t.id, run.id);
                    }
                }
            }
        }
    }

    @Transactional
    List<TripRequest> changedSince() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery(
                        "select max(id), request_id from trip_request_event where id > ?1 group by request_id")
                .setParameter(1, watermark).getResultList();
        List<TripRequest> changed = new ArrayList<>();
        long newest = watermark;
        for (Object[] r : rows) {
            newest = Math.max(newest, ((Number) r[0]).longValue());
            TripRequest t = entities.find(TripRequest.class, ((Number) r[1]).longValue());
            if (t != null) {
                entities.detach(t);
                changed.add(t);
            }
        }
        watermark = newest;
        return changed;
    }

    private static boolean affects(PlanRun run, TripRequest t) {
        LocalDate day = t.windowStart.atZoneSameInstant(PlanningData.ZONE).toLocalDate();
        return day.equals(run.day) && t.orgPath.startsWith(run.orgPath);
    }

    /** Builds the request's new job (or commitment) against the plan's places and applies it. */
    synchronized void change(PlanRun run, TripRequest t) {
        BuiltPlan built = run.best;
        PlanInput in = built.input();
        boolean open = PlanningData.OPEN.contains(t.state)
                || (t.state == TripState.SUBMITTED && t.category == TripCategory.EMERGENCY);
        boolean fixed = PlanningData.FIXED.contains(t.state);
        int before = built.places().size();
        int[] idx = open || fixed ? PlanBuilder.places(t, built.places()) : null;
        TravelCosts costs = built.plan().costs();
        if (built.places().size() > before) {
            extend(costs, built.places().points(), before);
        }
        Stop[] added = open ? PlanBuilder.stops(t, idx, costs, in, built.crews()) : null;
        Commitment commitment = fixed ? PlanBuilder.commitment(in, t, idx, costs) : null;
        String vehicleRoute = t.vehicleId == null ? null : "v" + t.vehicleId;
        RequestChange change = new RequestChange(t.id, added, vehicleRoute, commitment);
        if (added != null) {
            built.requestByJob().put(added[0].job().id(), t);
        }
        run.changes++;
        if (solvers.getSolverStatus(run.id) != SolverStatus.NOT_SOLVING) {
            solvers.addProblemChange(run.id, change);
        } else {
            DispatchPlan plan = built.plan().copy();
            change.applyTo(plan);
            run.best = built.withPlan(plan);
            solve(run, plan);
        }
    }

    /** Road costs between the new places and all others, appended to the shared matrix. */
    private void extend(TravelCosts costs, List<LatLon> all, int oldCount) {
        List<LatLon> added = all.subList(oldCount, all.size());
        long[][][] from = travel.rectangle(added, all);
        long[][][] to = travel.rectangle(all.subList(0, oldCount), added);
        costs.extend(from[0], from[1], to[0], to[1]);
    }
}
