package io.fleet.dispatch.trip;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A request as the API shows it, with its audit trail when one request is asked for. */
public record TripRequestView(long id, long orgId, String orgPath, String requester, TripCategory category, int passengers,
        String pickupPlace, double pickupLon, double pickupLat, OffsetDateTime windowStart, OffsetDateTime windowEnd,
        List<Destination> destinations, boolean waitAndReturn, String notes, TripState state, String approver,
        OffsetDateTime approvedAt, boolean dispatchedBeforeApproval, Long vehicleId, Long driverId, Short rating,
        int version, TripPhase phase, BigDecimal startOdometerKm, Short startEnergyPercent, BigDecimal endOdometerKm,
        Short endEnergyPercent, boolean shareable, List<Event> events) {

    public record Event(OffsetDateTime at, String actor, String action, TripState fromState, TripState toState,
            Map<String, Object> details) {

        static Event of(TripRequestEvent e) {
            return new Event(e.at, e.actor, e.action, e.fromState, e.toState, e.details);
        }
    }

    static TripRequestView of(TripRequest r, List<TripRequestEvent> events) {
        return new TripRequestView(r.id, r.orgId, r.orgPath, r.requester, r.category, r.passengers, r.pickupPlace,
                r.pickupPoint.getX(), r.pickupPoint.getY(), r.windowStart, r.windowEnd, r.destinations,
                r.waitAndReturn, r.notes, r.state, r.approver, r.approvedAt, r.dispatchedBeforeApproval, r.vehicleId,
                r.driverId, r.rating, r.version, r.phase, r.startOdometerKm, r.startEnergyPercent, r.endOdometerKm,
                r.endEnergyPercent, r.shareable, events == null ? null : events.stream().map(Event::of).toList());
    }
}
