package io.fleet.dispatch.complaint;

import java.util.function.Predicate;
import java.time.LocalDate;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.audit.Actor;
import io.fleet.dispatch.audit.Actors;
import io.fleet.dispatch.audit.AuditEvent;
import io.fleet.dispatch.audit.AuditLog;
import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Versions;
import io.fleet.dispatch.geo.GeoJson;
import io.fleet.dispatch.organisation.Organisation;
import io.fleet.dispatch.organisation.OrganisationRepository;
import io.fleet.dispatch.security.Caller;
import io.fleet.dispatch.supervision.alarm.AlarmService;
import io.fleet.dispatch.vehicle.Vehicle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.locationtech.jts.geom.Coordinate;

/** Intake, the case workflow with its audit trail, and tracing a case. */
@ApplicationScoped
public class ComplaintService {

    /** The longest time range a complaint may give: beyond a month it is not a sighting any more. */
    static final Duration MAX_SEEN_RANGE = Duration.ofDays(31);

    private final ComplaintRepository complaints;
    private final OrganisationRepository organisations;
    private final EntityManager entities;
    private final Photos photos;
    private final ComplaintTracer tracer;
    private final ComplaintConfig config;
    private final HolidayCalendar calendar;
    private final AlarmService alarms;
    private final Actors actors;
    private final AuditLog audit;

    ComplaintService(ComplaintRepository complaints, OrganisationRepository organisations, EntityManager entities,
            Photos photos, ComplaintTracer tracer, ComplaintConfig config, HolidayCalendar calendar,
            AlarmService alarms, Actors actors, AuditLog audit) {
        this.actors = actors;
        this.audit = audit;
        this.alarms = alarms;
        this.complaints = complaints;
        this.organisations = organisations;
        this.entities = entities;
        this.photos = photos;
        this.tracer = tracer;
        this.config = config;
        this.calendar = calendar;
    }

    private Predicate<LocalDate> working() {
        return calendar.ahead(LocalDate.now(WorkingDays.CST));
    }

    /** Records a complaint (and its photo, if any, already checked with Photos.check) as RECEIVED. */
    @Transactional
    public ComplaintView receive(NewComplaint n, String photoType, byte[] photo) {
        PlatePattern plate = PlatePattern.parse("plate", n.plate());
        OffsetDateTime seenTo = n.seenTo() == null ? n.seenFrom() : n.seenTo();
        if (seenTo.isBefore(n.seenFrom())) {
            throw Problems.badField("seenTo", "the time range must end after it starts");
        }
        if (Duration.between(n.seenFrom(), seenTo).compareTo(MAX_SEEN_RANGE) > 0) {
            throw Problems.badField("seenTo", "a time range of at most 31 days is accepted");
        }
        if (n.seenFrom().toInstant().isAfter(Instant.now().plus(Duration.ofMinutes(10)))) {
            throw Problems.badField("seenFrom", "the time seen is in the future");
        }
        Complaint c = new Complaint();
        c.id = complaints.nextId();
        c.channel = n.channel();
        c.plateText = plate.text();
        c.platePattern = plate.key();
        c.seenFrom = n.seenFrom();
        c.seenTo = seenTo;
        c.place = GeoJson.FACTORY.createPoint(new Coordinate(n.lon(), n.lat()));
        c.placeText = blankToNull(n.placeText());
        c.description = n.description().strip();
        c.contactName = blankToNull(n.contactName());
        c.contact = blankToNull(n.contact());
        c.state = ComplaintState.RECEIVED;
        // Until it is traced to a car, a complaint is the city bureau's, or the district's whose handler took it down
        // (so that they see what they entered).
        Caller by = organisations.scope().caller();
        if (by != null && !organisations.scope().topLevel()) {
            c.orgId = by.orgId();
            c.orgPath = by.orgPath();
        }
        c.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.dueAt = WorkingDays.deadline(c.receivedAt.toInstant(), config.replyWorkingDays(), working())
                .atOffset(ZoneOffset.UTC);
        complaints.persist(c);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", c.channel.name());
        details.put("dueAt", c.dueAt.toString());
        if (photo != null) {
            photos.store(c.id, photoType, photo);
            details.put("photoBytes", photo.length);
        }
        record(c, "RECEIVE", null, details);
        complaints.flush();
        return ComplaintView.of(c, photo != null, complaints.events(c.id), working());
    }

    @Transactional
    public ComplaintView get(long id) {
        return ComplaintView.of(require(id), photos.has(id), complaints.events(id), working());
    }

    @Transactional
    public List<ComplaintView> list(Long orgId, ComplaintState state) {
        var working = working();
        return complaints.inSubtree(organisations.subtreePath(orgId), state).stream()
                .map(c -> ComplaintView.of(c, null, null, working)).toList();
    }

    @Transactional
    public Photos.Photo photo(long id) {
        require(id);
        return photos.load(id);
    }

    /** Attaches (or replaces) a case's photo: staff add the one a citizen sends later. */
    @Transactional
    public ComplaintView attachPhoto(long id, byte[] bytes) {
        Complaint c = require(id);
        String type = photos.check("photo", bytes);
        photos.store(id, type, bytes);
        record(c, "ATTACH_PHOTO", c.state, Map.of("photoBytes", bytes.length, "contentType", type));
        complaints.flush();
        return get(id);
    }

    /** The trace of a case, from what the citizen gave, with the configured tolerance and radius. */
    public Trace trace(long id) {
        Complaint c = read(id);
        return tracer.trace(query(c));
    }

    @Transactional
    Complaint read(long id) {
        return require(id);
    }

    ComplaintTracer.Query query(Complaint c) {
        return new ComplaintTracer.Query(PlatePattern.parse("plate", c.plateText), c.seenFrom.toInstant(),
                c.seenTo.toInstant(), c.place.getY(), c.place.getX(), config.placeRadiusMetres(),
                Duration.ofMinutes(config.timeToleranceMinutes()));
    }

    @Transactional
    public ComplaintView act(long id, ComplaintAction action, ComplaintStep step) {
        Complaint c = require(id);
        Versions.require(step.version(), c.version, "complaint " + id);
        ComplaintState from = c.state;
        ComplaintState to = action.next(from, c.outcome);
        if (to == null) {
            throw new ProblemException(new Problem(Problems.CONFLICT, "Not allowed now", 409,
                    "cannot " + action.path() + " a complaint that is " + from
                            + (action == ComplaintAction.LINK_ALARM || action == ComplaintAction.CREATE_ALARM ? " (only a substantiated, concluded case has an alarm)" : ""),
                    null));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        switch (action) {
            case ASSIGN -> {
                c.assignee = required("assignee", step.assignee());
                details.put("assignee", c.assignee);
            }
            case INVESTIGATE -> {
                // what the handler saw when the investigation began, kept with the case
                Trace trace = tracer.trace(query(c));
                details.put("traceVerdict", trace.verdict().name());
                details.put("traceCandidates", trace.candidates().stream().map(k -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("vehicleId", k.vehicleId());
                    m.put("plate", k.plate());
                    m.put("there", k.there());
                    if (k.closest() != null) {
                        m.put("closestM", k.closest().distanceM());
                        m.put("closestAt", k.closest().time().toString());
                    }
                    if (k.trip() != null) {
                        m.put("tripRequestId", k.trip().tripRequestId());
                    }
                    return m;
                }).toList());
            }
            case CONCLUDE -> conclude(c, step, details);
            case REPLY -> {
                c.reply = required("reply", step.reply());
                details.put("contact", c.contact == null ? "none left by the complainant" : c.contact);
            }
            case CLOSE -> {
                if (step.satisfaction() == null) {
                    throw Problems.badField("satisfaction", "record the complainant's satisfaction (NO_ANSWER if none)");
                }
                c.satisfaction = step.satisfaction();
                c.closedAt = OffsetDateTime.now(ZoneOffset.UTC);
                details.put("satisfaction", c.satisfaction.name());
            }
            case LINK_ALARM -> {
                if (step.alarmId() == null) {
                    throw Problems.badField("alarmId", "the supervision alarm to link");
                }
                List<?> alarm = entities.createNativeQuery("SELECT vehicle_id, org_path FROM alarm WHERE id = ?1")
                        .setParameter(1, step.alarmId()).getResultList();
                if (alarm.isEmpty()) {
                    throw Problems.badField("alarmId", "no supervision alarm " + step.alarmId());
                }
                organisations.scope().require((String) ((Object[]) alarm.get(0))[1], "alarmId", step.alarmId());
                long alarmVehicle = ((Number) ((Object[]) alarm.get(0))[0]).longValue();
                if (c.vehicleId != null && alarmVehicle != c.vehicleId) {
                    throw Problems.badField("alarmId", "alarm " + step.alarmId() + " is about vehicle " + alarmVehicle
                            + ", this complaint about vehicle " + c.vehicleId);
                }
                c.alarmId = step.alarmId();
                details.put("alarmId", c.alarmId);
            }
            case CREATE_ALARM -> {
                if (c.alarmId != null) {
                    throw Problems.conflict("alarmId", "complaint " + id + " is already linked to alarm " + c.alarmId);
                }
                Trace trace = tracer.trace(query(c));
                Trace.Candidate found = trace.candidates().stream()
                        .filter(k -> k.vehicleId() == c.vehicleId && k.there()).findFirst().orElse(null);
                AlarmService.ComplaintAlarm alarm = ComplaintAlarms.of(c, found, actors.name());
                c.alarmId = entities.unwrap(Session.class).doReturningWork(conn -> alarms.raiseFromComplaint(conn, alarm));
                details.put("alarmId", c.alarmId);
                details.put("tracedThere", found != null);
            }
        }
        if (step.note() != null && !step.note().isBlank()) {
            details.put("note", step.note().strip());
        }
        c.state = to;
        record(c, action.name(), from, details);
        complaints.flush();
        return ComplaintView.of(c, photos.has(id), complaints.events(id), working());
    }

    private void conclude(Complaint c, ComplaintStep step, Map<String, Object> details) {
        if (step.outcome() == null) {
            throw Problems.badField("outcome", "SUBSTANTIATED or UNSUBSTANTIATED");
        }
        c.findings = required("findings", step.findings());
        Long vehicleId = step.vehicleId();
        if (step.tripRequestId() != null) {
            Object[] trip = tripVehicle(step.tripRequestId());
            Long tripVehicle = trip[0] == null ? null : ((Number) trip[0]).longValue();
            if (vehicleId == null) {
                vehicleId = tripVehicle;
            } else if (tripVehicle != null && !tripVehicle.equals(vehicleId)) {
                throw Problems.badField("tripRequestId", "trip request " + step.tripRequestId() + " was driven by vehicle "
                        + tripVehicle + ", not " + vehicleId);
            }
        }
        if (step.outcome() == Outcome.SUBSTANTIATED && vehicleId == null) {
            throw Problems.badField("vehicleId", "a substantiated complaint names the vehicle");
        }
        if (vehicleId != null) {
            Vehicle v = entities.find(Vehicle.class, vehicleId);
            if (v == null) {
                throw Problems.badField("vehicleId", "no vehicle " + vehicleId);
            }
            organisations.scope().require(v.orgPath, "vehicleId", v.id);
            Organisation owner = organisations.findById(v.orgId);
            c.vehicleId = v.id;
            c.orgId = owner.id;
            c.orgPath = owner.path;
            details.put("vehicleId", v.id);
            details.put("plate", v.plate);
            details.put("orgId", owner.id);
        }
        c.tripRequestId = step.tripRequestId();
        if (c.tripRequestId != null) {
            details.put("tripRequestId", c.tripRequestId);
        }
        c.outcome = step.outcome();
        details.put("outcome", c.outcome.name());
        details.put("findings", c.findings);
    }

    private Object[] tripVehicle(long tripRequestId) {
        List<?> rows = entities.createNativeQuery("SELECT vehicle_id, id FROM trip_request WHERE id = ?1")
                .setParameter(1, tripRequestId).getResultList();
        if (rows.isEmpty()) {
            throw Problems.badField("tripRequestId", "no trip request " + tripRequestId);
        }
        return (Object[]) rows.get(0);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Problems.badField(field, "required for this step");
        }
        return value.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The case's own trail and the audit log. The actor is the signed-in caller; without one (the public form, the
     * deadline job) "citizen" for a complaint received, "system" otherwise.
     */
    void record(Complaint c, String action, ComplaintState from, Map<String, Object> details) {
        ComplaintEvent e = new ComplaintEvent();
        e.complaintId = c.id;
        e.at = OffsetDateTime.now(ZoneOffset.UTC);
        e.actor = actors.nameOr("RECEIVE".equals(action) ? "citizen" : null);
        e.action = action;
        e.fromState = from;
        e.toState = c.state;
        e.details = details.isEmpty() ? null : details;
        complaints.record(e);
        Map<String, Object> after = new LinkedHashMap<>(details);
        after.put("state", c.state);
        Actor who = actors.current();
        if (who == Actor.SYSTEM && "RECEIVE".equals(action)) {
            who = new Actor(null, e.actor, List.of());
        }
        audit.record(AuditEvent.of(action, "complaint", c.id, c.orgPath == null ? "/" : c.orgPath)
                .change(from == null ? null : Map.of("state", from), after), who);
    }

    /** A complaint not yet traced to a unit has no organisation: only the root (city bureau) sees it. */
    private Complaint require(long id) {
        Complaint c = complaints.findByIdOptional(id).orElse(null);
        return organisations.scope().visible(c, c == null ? null : c.orgPath == null ? "/" : c.orgPath, "complaint", id);
    }
}
