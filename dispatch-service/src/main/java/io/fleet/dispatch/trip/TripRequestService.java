package io.fleet.dispatch.trip;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Versions;
import io.fleet.dispatch.driver.Driver;
import io.fleet.dispatch.geo.GeoJson;
import io.fleet.dispatch.organisation.Organisation;
import io.fleet.dispatch.organisation.OrganisationRepository;
import io.fleet.dispatch.vehicle.Vehicle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.locationtech.jts.geom.Coordinate;

/** The life of a trip request: submission, approval, assignment with its rule checks, the trip, evaluation. */
@ApplicationScoped
public class TripRequestService {

    private final TripRequestRepository requests;
    private final OrganisationRepository organisations;
    private final EntityManager entities;

    TripRequestService(TripRequestRepository requests, OrganisationRepository organisations, EntityManager entities) {
        this.requests = requests;
        this.organisations = organisations;
        this.entities = entities;
    }

    @Transactional
    public TripRequestView submit(NewTripRequest r) {
        if (!r.windowEnd().isAfter(r.windowStart())) {
            throw Problems.badField("windowEnd", "the pickup window must end after it starts");
        }
        Organisation org = organisations.findByIdOptional(r.orgId())
                .orElseThrow(() -> Problems.badField("orgId", "no organisation " + r.orgId()));
        TripRequest t = new TripRequest();
        t.id = requests.nextId();
        t.ownedBy(org);
        t.requester = r.requester().strip();
        t.category = r.category();
        t.passengers = r.passengers().shortValue();
        t.pickupPlace = r.pickupPlace().strip();
        t.pickupPoint = GeoJson.FACTORY.createPoint(new Coordinate(r.pickupLon(), r.pickupLat()));
        t.windowStart = r.windowStart();
        t.windowEnd = r.windowEnd();
        t.destinations = List.copyOf(r.destinations());
        t.waitAndReturn = Boolean.TRUE.equals(r.waitAndReturn());
        t.notes = r.notes();
        t.state = TripState.SUBMITTED;
        requests.persist(t);
        record(t, t.requester, "SUBMIT", null, Map.of());
        requests.flush();
        return TripRequestView.of(t, requests.events(t.id));
    }

    @Transactional
    public List<TripRequestView> list(Long orgId, TripState state) {
        return requests.inSubtree(organisations.subtreePath(orgId), state).stream()
                .map(r -> TripRequestView.of(r, null)).toList();
    }

    @Transactional
    public TripRequestView get(long id) {
        return TripRequestView.of(require(id), requests.events(id));
    }

    /** The rules an assignment would break, without changing anything: what the dispatcher sees before confirming. */
    @Transactional
    public List<RuleBreak> checkAssignment(long id, long vehicleId, long driverId) {
        TripRequest t = require(id);
        return breaks(t, vehicle("vehicleId", vehicleId, LockModeType.NONE), driver("driverId", driverId, LockModeType.NONE));
    }

    @Transactional
    public TripRequestView act(long id, TripAction action, TripActionRequest step) {
        TripRequest t = require(id);
        Versions.require(step.version(), t.version, "request " + id);
        TripState from = t.state;
        TripState to = action.next(from, t.category, t.approved());
        if (to == null) {
            throw new ProblemException(new Problem(Problems.CONFLICT, "Not allowed now", 409,
                    "cannot " + action.path() + " a request that is " + from
                            + (t.category == TripCategory.EMERGENCY || action != TripAction.ASSIGN ? ""
                            : " (only emergencies are dispatched before approval)"), null));
        }
        if (action.needsReason() && (step.reason() == null || step.reason().isBlank())) {
            throw Problems.badField("reason", "say why you " + action.path());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (step.reason() != null && !step.reason().isBlank()) {
            details.put("reason", step.reason().strip());
        }
        switch (action) {
            case APPROVE -> {
                t.approver = step.actor();
                t.approvedAt = OffsetDateTime.now();
            }
            case REJECT, REFUSE, CANCEL -> {
                details.put("releasedVehicleId", t.vehicleId);
                details.put("releasedDriverId", t.driverId);
                t.vehicleId = null;
                t.driverId = null;
            }
            case ASSIGN -> assign(t, step, details);
            case EVALUATE -> {
                if (step.rating() == null) {
                    throw Problems.badField("rating", "rate the trip from 1 to 5");
                }
                t.rating = step.rating().shortValue();
                details.put("rating", step.rating());
            }
            default -> {
                // ACCEPT, START, COMPLETE, NO_SHOW_REPORT: the state change is the whole step
            }
        }
        t.state = to;
        record(t, step.actor(), action.name(), from, details);
        requests.flush();
        return TripRequestView.of(t, requests.events(t.id));
    }

    private void assign(TripRequest t, TripActionRequest step, Map<String, Object> details) {
        if (step.vehicleId() == null || step.driverId() == null) {
            throw Problems.invalid(List.of(
                    new Problem.Violation(step.vehicleId() == null ? "vehicleId" : "driverId", "choose a vehicle and a driver")));
        }
        // Row locks on the vehicle and driver: two dispatchers assigning the same car to two requests queue here,
        // and the second sees the first's commitment as a clash.
        Vehicle vehicle = vehicle("vehicleId", step.vehicleId(), LockModeType.PESSIMISTIC_WRITE);
        Driver driver = driver("driverId", step.driverId(), LockModeType.PESSIMISTIC_WRITE);
        List<RuleBreak> breaks = breaks(t, vehicle, driver);
        if (!breaks.isEmpty() && !Boolean.TRUE.equals(step.confirmBreaks())) {
            throw new ProblemException(new Problem(Problems.CONFLICT, "The assignment breaks dispatch rules", 409,
                    "confirm to override: " + breaks.stream().map(RuleBreak::message).reduce((a, b) -> a + "; " + b).orElse(""),
                    breaks.stream().map(b -> new Problem.Violation(b.rule(), b.message())).toList()));
        }
        if (t.state == TripState.SUBMITTED) {
            t.dispatchedBeforeApproval = true;
            details.put("beforeApproval", true);
        }
        details.put("vehicleId", vehicle.id);
        details.put("plate", vehicle.plate);
        details.put("driverId", driver.id);
        if (!breaks.isEmpty()) {
            details.put("overriddenRules", breaks.stream().map(b -> Map.of("rule", b.rule(), "message", b.message())).toList());
        }
        t.vehicleId = vehicle.id;
        t.driverId = driver.id;
    }

    private List<RuleBreak> breaks(TripRequest t, Vehicle vehicle, Driver driver) {
        return AssignmentRules.check(t, vehicle, driver,
                requests.clashesOfVehicle(vehicle.id, t.id, t.windowStart, t.windowEnd),
                requests.clashesOfDriver(driver.id, t.id, t.windowStart, t.windowEnd));
    }

    private Vehicle vehicle(String field, long id, LockModeType lock) {
        Vehicle v = entities.find(Vehicle.class, id, lock);
        if (v == null) {
            throw Problems.badField(field, "no vehicle " + id);
        }
        return v;
    }

    private Driver driver(String field, long id, LockModeType lock) {
        Driver d = entities.find(Driver.class, id, lock);
        if (d == null) {
            throw Problems.badField(field, "no driver " + id);
        }
        return d;
    }

    private void record(TripRequest t, String actor, String action, TripState from, Map<String, Object> details) {
        TripRequestEvent e = new TripRequestEvent();
        e.requestId = t.id;
        e.at = OffsetDateTime.now();
        e.actor = actor;
        e.action = action;
        e.fromState = from;
        e.toState = t.state;
        e.details = details.isEmpty() ? null : details;
        requests.record(e);
    }

    private TripRequest require(long id) {
        return requests.findByIdOptional(id).orElseThrow(() -> Problems.notFound("trip request", id));
    }
}
