package io.fleet.dispatch.driver.shift;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.driver.Driver;
import io.fleet.dispatch.driver.DriverRepository;
import io.fleet.dispatch.driver.DriverStatus;
import io.fleet.dispatch.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Adds, lists and removes drivers' shifts and leave, and answers who works when on a day. */
@ApplicationScoped
public class ShiftService {

    /** Who acts: the signed-in caller (an {@code actor} a client sends is ignored). */
    @jakarta.inject.Inject
    io.fleet.dispatch.audit.Actors actors;

    @jakarta.inject.Inject
    io.fleet.dispatch.audit.AuditLog auditLog;

    static final Duration LONGEST_SHIFT = Duration.ofHours(24);
    static final Duration LONGEST_LEAVE = Duration.ofDays(366);
    static final int LONGEST_LISTING_DAYS = 366;
    static final int LONGEST_WEEK_RANGE_DAYS = 62;
    static final Set<DayOfWeek> WORKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private final DriverShiftRepository shifts;
    private final DriverRepository drivers;
    private final OrganisationRepository organisations;
    private final EntityManager entities;

    ShiftService(DriverShiftRepository shifts, DriverRepository drivers, OrganisationRepository organisations,
            EntityManager entities) {
        this.shifts = shifts;
        this.drivers = drivers;
        this.organisations = organisations;
        this.entities = entities;
    }

    /** The driver's rows overlapping the days from..to (China Standard Time, both included); this week by default. */
    @Transactional
    public List<ShiftView> list(long driverId, String from, String to) {
        driver(driverId, LockModeType.NONE);
        LocalDate first = from == null || from.isBlank() ? LocalDate.now(DutyDay.ZONE) : date("from", from);
        LocalDate last = to == null || to.isBlank() ? first.plusDays(6) : date("to", to);
        if (last.isBefore(first)) {
            throw Problems.badField("to", "the period ends before it starts (from " + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= LONGEST_LISTING_DAYS) {
            throw Problems.badField("to", "at most " + LONGEST_LISTING_DAYS + " days at once");
        }
        return shifts.overlapping(driverId, DutyDay.start(first), DutyDay.end(last)).stream().map(ShiftView::of).toList();
    }

    @Transactional
    public ShiftView add(long driverId, NewShift request) {
        Driver driver = driver(driverId, LockModeType.PESSIMISTIC_WRITE);
        Instant start = request.startsAt().toInstant();
        Instant end = request.endsAt().toInstant();
        if (!end.isAfter(start)) {
            throw Problems.badField("endsAt", "ends at or before it starts (" + request.startsAt() + ")");
        }
        Duration longest = request.kind() == ShiftKind.SHIFT ? LONGEST_SHIFT : LONGEST_LEAVE;
        if (Duration.between(start, end).compareTo(longest) > 0) {
            throw Problems.badField("endsAt", request.kind() == ShiftKind.SHIFT
                    ? "a shift lasts at most 24 hours; split it, or record time off as LEAVE"
                    : "a leave lasts at most 366 days");
        }
        return ShiftView.of(insert(driver, request.kind(), start, end, request.note(), actors.name(), "startsAt", ""));
    }

    /** Adds the same shift on each chosen day, all or none: one clash refuses the whole range. */
    @Transactional
    public List<ShiftView> addWeek(long driverId, ShiftWeek request) {
        Driver driver = driver(driverId, LockModeType.PESSIMISTIC_WRITE);
        if (request.to().isBefore(request.from())) {
            throw Problems.badField("to", "the range ends before it starts (from " + request.from() + ")");
        }
        if (ChronoUnit.DAYS.between(request.from(), request.to()) >= LONGEST_WEEK_RANGE_DAYS) {
            throw Problems.badField("to", "at most " + LONGEST_WEEK_RANGE_DAYS + " days at once");
        }
        if (request.end().equals(request.start())) {
            throw Problems.badField("end", "the shift would last no time or a whole day; give a different end");
        }
        Set<DayOfWeek> days = request.days() == null || request.days().isEmpty() ? WORKDAYS : request.days();
        List<ShiftView> created = new ArrayList<>();
        for (LocalDate day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            Instant start = day.atTime(request.start()).atZone(DutyDay.ZONE).toInstant();
            LocalDate endDay = request.end().isAfter(request.start()) ? day : day.plusDays(1);
            Instant end = endDay.atTime(request.end()).atZone(DutyDay.ZONE).toInstant();
            created.add(ShiftView.of(insert(driver, ShiftKind.SHIFT, start, end, request.note(), actors.name(),
                    "start", " on " + day)));
        }
        if (created.isEmpty()) {
            throw Problems.badField("days", "none of these weekdays falls between " + request.from() + " and " + request.to());
        }
        return created;
    }

    @Transactional
    public void remove(long driverId, long shiftId, String actor) {
        driver(driverId, LockModeType.PESSIMISTIC_WRITE);
        DriverShift shift = shifts.findByIdOptional(shiftId).filter(s -> s.driverId == driverId)
                .orElseThrow(() -> Problems.notFound("shift", shiftId + " of driver " + driverId));
        shifts.record(DriverShiftEvent.of(shift, DriverShiftEvent.Action.REMOVE, actors.name()));
        shifts.delete(shift);
    }

    /** Every driver of an organisation's subtree (all when org is null) with their working time on the day. */
    @Transactional
    public List<AvailabilityView> availability(String day, Long org) {
        LocalDate date = day == null || day.isBlank() ? LocalDate.now(DutyDay.ZONE) : date("day", day);
        String path = organisations.subtreePath(org);
        Instant from = DutyDay.start(date);
        Instant to = DutyDay.end(date).plus(DutyDay.REACH);
        Map<Long, List<DriverShift>> rowsByDriver = shifts.overlappingInSubtree(path, from, to).stream()
                .collect(Collectors.groupingBy(s -> s.driverId));
        return drivers.inSubtree(path).stream()
                .map(d -> availability(d, date, rowsByDriver.getOrDefault(d.id, List.of())))
                .toList();
    }

    static AvailabilityView availability(Driver d, LocalDate day, List<DriverShift> rows) {
        DutyDay.Working working = DutyDay.of(day, rows.stream().map(DriverShift::row).toList());
        Interval calendarDay = new Interval(DutyDay.start(day), DutyDay.end(day));
        List<ShiftView> leave = rows.stream()
                .filter(r -> r.kind == ShiftKind.LEAVE)
                .filter(r -> r.interval().overlaps(calendarDay) || working.planned().stream().anyMatch(r.interval()::overlaps))
                .sorted(Comparator.comparing((DriverShift r) -> r.startsAt))
                .map(ShiftView::of)
                .toList();
        if (d.status != DriverStatus.ACTIVE) {
            return new AvailabilityView(d.id, d.orgId, d.name, d.licenceClass, d.status, day, null, List.of(), 0,
                    d.dailyLimitMinutes, leave);
        }
        return new AvailabilityView(d.id, d.orgId, d.name, d.licenceClass, d.status, day, working.basis(),
                working.intervals().stream().map(AvailabilityView.Span::of).toList(), working.minutes(),
                d.dailyLimitMinutes, leave);
    }

    private DriverShift insert(Driver driver, ShiftKind kind, Instant start, Instant end, String note, String actor,
            String field, String where) {
        shifts.clash(driver.id, kind, start, end).ifPresent(other -> {
            throw Problems.conflict(field, kind + where + " overlaps " + other.kind + " " + other.id + " of "
                    + driver.name + " (" + ShiftView.local(other.startsAt) + " to " + ShiftView.local(other.endsAt)
                    + "); rows of the same kind may not overlap");
        });
        DriverShift shift = new DriverShift();
        shift.driverId = driver.id;
        shift.kind = kind;
        shift.startsAt = start;
        shift.endsAt = end;
        shift.note = note == null || note.isBlank() ? null : note.strip();
        shift.createdBy = actor.strip();
        shifts.persistAndFlush(shift);
        shifts.record(DriverShiftEvent.of(shift, DriverShiftEvent.Action.ADD, shift.createdBy));
        shifts.flush();
        entities.refresh(shift); // created_at is the database's
        return shift;
    }

    /** Locking the driver row serialises writers of one driver's rows, so the overlap check cannot race. */
    private Driver driver(long id, LockModeType lock) {
        Driver d = entities.find(Driver.class, id, lock);
        if (d == null) {
            throw Problems.notFound("driver", id);
        }
        return d;
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problems.badField(field, "a date like 2026-11-23, not '" + value + "'");
        }
    }
}
