package io.fleet.dispatch.complaint;

import java.util.function.Predicate;
import java.time.LocalDate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A case as the API shows it; whether it has a photo and its audit trail come with one case, not with lists. */
public record ComplaintView(long id, Channel channel, String plate, String platePattern, OffsetDateTime seenFrom,
        OffsetDateTime seenTo, double lon, double lat, String placeText, String description, String contactName,
        String contact, Boolean photo, ComplaintState state, String assignee, OffsetDateTime dueAt,
        int workingDaysLeft, Long vehicleId, Long tripRequestId, Long orgId, Outcome outcome, String findings,
        String reply, Satisfaction satisfaction, Long alarmId, OffsetDateTime receivedAt, OffsetDateTime closedAt,
        int version, List<Event> events) {

    public record Event(OffsetDateTime at, String actor, String action, ComplaintState fromState,
            ComplaintState toState, Map<String, Object> details) {

        static Event of(ComplaintEvent e) {
            return new Event(e.at, e.actor, e.action, e.fromState, e.toState, e.details);
        }
    }

    static ComplaintView of(Complaint c, Boolean photo, List<ComplaintEvent> events,
            Predicate<LocalDate> working) {
        return new ComplaintView(c.id, c.channel, c.plateText, c.platePattern, c.seenFrom, c.seenTo, c.place.getX(),
                c.place.getY(), c.placeText, c.description, c.contactName, c.contact, photo, c.state, c.assignee,
                c.dueAt, WorkingDays.left(Instant.now(), c.dueAt.toInstant(), working), c.vehicleId, c.tripRequestId, c.orgId,
                c.outcome, c.findings, c.reply, c.satisfaction, c.alarmId, c.receivedAt, c.closedAt, c.version,
                events == null ? null : events.stream().map(Event::of).toList());
    }
}
