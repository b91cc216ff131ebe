package io.fleet.dispatch.trip;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.audit.Actors;
import io.fleet.dispatch.audit.AuditEvent;
import io.fleet.dispatch.audit.AuditLog;
import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Versions;
import io.fleet.dispatch.driver.Driver;
import io.fleet.dispatch.geo.GeoJson;
import io.fleet.dispatch.organisation.Organisation;
import io.fleet.dispatch.organisation.OrganisationOwned;
import io.fleet.dispatch.organisation.OrganisationRepository;
import io.fleet.dispatch.vehicle.Vehicle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
    private final Event<TripChanged> changes;
    private final Actors actors;
    private final AuditLog audit;

    TripRequestService(TripRequestRepository requests, OrganisationRepository organisations, EntityManager entities,
            Event<TripChanged> changes, Actors actors, AuditLog audit) {
        this.requests = requests;
        this.organisations = organisations;
        this.entities = entities;
        this.changes = changes;
        this.actors = actors;
        this.audit = audit;
    }

    @Transactional
    public TripRequestView submit(NewTripRequest r) {
        if (!r.windowEnd().isAfter(r.windowStart())) {
            throw Problems.badField("windowEnd", "the pickup window must end after it starts");
        }
        Organisation org = organisations.usable("orgId", r.orgId());
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
        t.shareable = Boolean.TRUE.equals(r.shareable());
        t.notes = r.notes();
        t.state = TripState.SUBMITTED;
        requests.persist(t);
        record(t, "SUBMIT", null, Map.of());
        requests.flush();
        announce(t, "SUBMIT", Set.of(), null);
        return TripRequestView.of(t, requests.events(t.id));
    }

    @Transactional
    public List<TripRequestView> list(Long orgId, TripState state) {
        return requests.inSubtree(organisations.subtreePath(orgId), state).stream()
                .map(r -> TripRequestView.of(r, null)).toList();
    }

    /** A driver's or a requester's trips whose pickup window ends at or after {@code from}, by pickup time. */
    @Transactional
    public List<TripRequestView> search(Long orgId, TripState state, Long driverId, String requester, OffsetDateTime from) {
        return requests.search(organisations.subtreePath(orgId), state, driverId, requester, from).stream()
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
        return breaks(t, usable(t, vehicle("vehicleId", vehicleId, LockModeType.NONE), "vehicleId", vehicleId),
                usable(t, driver("driverId", driverId, LockModeType.NONE), "driverId", driverId));
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
        PhoneStamp.put(details, step.lon(), step.lat(), step.phoneTime());
        Long driverBefore = t.driverId;
        Long vehicleBefore = t.vehicleId;
        if (action.phase() != null && action != TripAction.START && t.phase != null
                && t.phase.ordinal() >= action.phase().ordinal()) {
            throw new ProblemException(new Problem(Problems.CONFLICT, "Not allowed now", 409,
                    "the trip is " + t.phase + " already; cannot report " + action.phase(), null));
        }
        if (action.phase() != null) {
            t.phase = action.phase();
        }
        switch (action) {
            case APPROVE -> {
                t.approver = actors.name();
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
            case START -> readings(t, step, details, true);
            case COMPLETE -> readings(t, step, details, false);
            default -> {
                // ACCEPT, NO_SHOW_REPORT and the milestones: the state change (or phase) is the whole step
            }
        }
        t.state = to;
        // assigning a request that already had a car and driver is a re-assignment
        String audited = action == TripAction.ASSIGN && vehicleBefore != null ? "REASSIGN" : action.name();
        record(t, action.name(), audited, from, vehicleBefore, driverBefore, details);
        requests.flush();
        Set<Long> drivers = new HashSet<>();
        if (driverBefore != null) {
            drivers.add(driverBefore);
        }
        if (t.driverId != null) {
            drivers.add(t.driverId);
        }
        announce(t, action.name(), drivers, (String) details.get("reason"));
        return TripRequestView.of(t, requests.events(t.id));
    }

    /** Odometer and fuel or battery at the start or end of a trip, with an optional photo of the gauges. */
    private void readings(TripRequest t, TripActionRequest step, Map<String, Object> details, boolean start) {
        if (start) {
            t.startOdometerKm = step.odometerKm();
            t.startEnergyPercent = step.energyPercent() == null ? null : step.energyPercent().shortValue();
        } else {
            if (step.odometerKm() != null && t.startOdometerKm != null && step.odometerKm().compareTo(t.startOdometerKm) < 0) {
                throw Problems.badField("odometerKm", "the odometer read " + t.startOdometerKm + " km at the start");
            }
            t.endOdometerKm = step.odometerKm();
            t.endEnergyPercent = step.energyPercent() == null ? null : step.energyPercent().shortValue();
        }
        if (step.odometerKm() != null) {
            details.put("odometerKm", step.odometerKm());
        }
        if (step.energyPercent() != null) {
            details.put("energyPercent", step.energyPercent());
        }
        if (step.photo() != null && !step.photo().isBlank()) {
            TripPhoto photo = photo(step.photo());
            photo.requestId = t.id;
            photo.moment = start ? "START" : "END";
            photo.takenAt = step.phoneTime() == null ? OffsetDateTime.now() : step.phoneTime();
            entities.persist(photo);
            entities.flush();
            details.put("photoId", photo.id);
        }
    }

    private static TripPhoto photo(String dataUrl) {
        int comma = dataUrl.indexOf(',');
        String head = comma < 0 ? "" : dataUrl.substring(0, comma);
        String type = head.startsWith("data:image/jpeg;base64") ? "image/jpeg"
                : head.startsWith("data:image/png;base64") ? "image/png" : null;
        if (type == null) {
            throw Problems.badField("photo", "a data URL of a JPEG or PNG image (data:image/jpeg;base64,…)");
        }
        TripPhoto photo = new TripPhoto();
        photo.contentType = type;
        try {
            photo.content = Base64.getDecoder().decode(dataUrl.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            throw Problems.badField("photo", "the image is not valid base64");
        }
        return photo;
    }

    /** Records an expense on a trip that is accepted, under way or finished. */
    @Transactional
    public NewExpense.View addExpense(long id, NewExpense e) {
        TripRequest t = require(id);
        if (t.state != TripState.ACCEPTED && t.state != TripState.UNDER_WAY && t.state != TripState.COMPLETED
                && t.state != TripState.EVALUATED) {
            throw Problems.conflict("state", "expenses belong to trips that were driven; this one is " + t.state);
        }
        TripExpense x = new TripExpense();
        x.requestId = id;
        x.kind = e.kind();
        x.amountCents = e.amountCents();
        x.note = e.note() == null ? null : e.note().strip();
        x.actor = actors.name();
        x.spentAt = e.spentAt() == null ? OffsetDateTime.now() : e.spentAt();
        entities.persist(x);
        entities.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("expenseId", x.id);
        details.put("kind", x.kind);
        details.put("amountCents", x.amountCents);
        record(t, "EXPENSE", t.state, details);
        announce(t, "EXPENSE", driversOf(t), null);
        return NewExpense.View.of(x);
    }

    @Transactional
    public List<NewExpense.View> expenses(long id) {
        require(id);
        return entities.createQuery("from TripExpense x where x.requestId = :id order by x.id", TripExpense.class)
                .setParameter("id", id).getResultList().stream().map(NewExpense.View::of).toList();
    }

    /** Records a problem in the audit trail and tells the dispatchers at once (after commit). */
    @Transactional
    public TripRequestView reportProblem(long id, ProblemReport p) {
        TripRequest t = require(id);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", p.kind());
        details.put("description", p.description().strip());
        PhoneStamp.put(details, p.lon(), p.lat(), p.phoneTime());
        record(t, "PROBLEM", t.state, details);
        requests.flush();
        announce(t, "PROBLEM", driversOf(t), p.kind() + ": " + p.description().strip());
        return TripRequestView.of(t, requests.events(t.id));
    }

    private static Set<Long> driversOf(TripRequest t) {
        return t.driverId == null ? Set.of() : Set.of(t.driverId);
    }

    private void announce(TripRequest t, String action, Set<Long> drivers, String summary) {
        changes.fire(new TripChanged(t.id, t.orgPath, t.requester, Set.copyOf(drivers), action, t.state, t.version,
                actors.name(), OffsetDateTime.now(), summary));
    }

    private void assign(TripRequest t, TripActionRequest step, Map<String, Object> details) {
        if (step.vehicleId() == null || step.driverId() == null) {
            throw Problems.invalid(List.of(
                    new Problem.Violation(step.vehicleId() == null ? "vehicleId" : "driverId", "choose a vehicle and a driver")));
        }
        // Row locks on the vehicle and driver: two dispatchers assigning the same car to two requests queue here,
        // and the second sees the first's commitment as a clash.
        Vehicle vehicle = usable(t, vehicle("vehicleId", step.vehicleId(), LockModeType.PESSIMISTIC_WRITE), "vehicleId",
                step.vehicleId());
        Driver driver = usable(t, driver("driverId", step.driverId(), LockModeType.PESSIMISTIC_WRITE), "driverId",
                step.driverId());
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

    /**
     * A car or driver the caller may put on trip {@code t}: one of its own subtree, or of an organisation above the
     * trip (whose pool serves it, as the proposals offer); another district's is 403 (Scope).
     */
    private <T extends OrganisationOwned> T usable(TripRequest t, T record, String field, long id) {
        if (!t.orgPath.startsWith(record.orgPath)) {
            organisations.scope().require(record.orgPath, field, id);
        }
        return record;
    }

    private Driver driver(String field, long id, LockModeType lock) {
        Driver d = entities.find(Driver.class, id, lock);
        if (d == null) {
            throw Problems.badField(field, "no driver " + id);
        }
        return d;
    }

    /** The request's own trail, and the same step in the audit log (an ASSIGN with confirmBreaks is an override). */
    private void record(TripRequest t, String action, TripState from, Map<String, Object> details) {
        record(t, action, action, from, t.vehicleId, t.driverId, details);
    }

    private void record(TripRequest t, String action, String audited, TripState from, Long vehicleBefore,
                        Long driverBefore, Map<String, Object> details) {
        TripRequestEvent e = new TripRequestEvent();
        e.requestId = t.id;
        e.at = OffsetDateTime.now();
        e.actor = actors.name();
        e.action = action;
        e.fromState = from;
        e.toState = t.state;
        e.details = details.isEmpty() ? null : details;
        requests.record(e);
        Map<String, Object> after = new LinkedHashMap<>(details);
        after.put("state", t.state);
        after.put("vehicleId", t.vehicleId);
        after.put("driverId", t.driverId);
        Map<String, Object> before = new LinkedHashMap<>();
        if (from != null) {
            before.put("state", from);
            before.put("vehicleId", vehicleBefore);
            before.put("driverId", driverBefore);
        }
        boolean override = details.containsKey("overriddenRules");
        audit.record(AuditEvent.of(override ? audited + "_OVERRIDE" : audited, "trip-request", t.id, t.orgPath)
                .change(before.isEmpty() ? null : before, after));
    }

    private TripRequest require(long id) {
        return organisations.visible(requests.findByIdOptional(id).orElse(null), "trip request", id);
    }
}
