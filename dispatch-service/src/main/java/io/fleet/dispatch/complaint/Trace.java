package io.fleet.dispatch.complaint;

import java.time.Instant;
import java.util.List;

import io.fleet.dispatch.track.store.MovementQueries.MovementView;

/**
 * What the platform found for a plate, a time and a place: every official car whose plate fits, whether each came
 * within the radius in the searched window (the time given, widened by the tolerance), and for those that did the
 * closest approach, the track around it, the movement, and the trip order with who requested, approved and drove.
 *
 * @param verdict THERE (at least one car came within the radius), NOT_THERE (cars fit the plate but none was there),
 *                NO_SUCH_VEHICLE (no official car has a plate like this)
 */
public record Trace(String plate, String platePattern, Instant seenFrom, Instant seenTo, Instant searchedFrom,
                    Instant searchedTo, double latitude, double longitude, int radiusM, Verdict verdict, String summary,
                    String summaryZh, List<Candidate> candidates) {

    public enum Verdict {
        THERE, NOT_THERE, NO_SUCH_VEHICLE
    }

    /**
     * One car whose plate fits, or fitted at the time asked (a former plate, vehicle_plate_history).
     *
     * @param plate              the plate it carries now
     * @param plateAtTheTime     the fitting plate it carried at the closest approach (or, when it was not there,
     *                           the fitting plates it carried in the searched window): differs from {@code plate}
     *                           when the car was re-plated since
     *
     * @param closest            its closest point to the place within the radius in the searched window; null when it
     *                           never came that close
     * @param minutesOutsideSeen how far the closest approach lies outside the time the citizen gave (0 inside it)
     * @param whereabouts        its reported position nearest in time to the middle of the time given (within a day),
     *                           with the distance to the place: where it was instead; given when the time given spans
     *                           at most a day and at most 100 cars fit the plate
     */
    public record Candidate(long vehicleId, String plate, String plateAtTheTime, long orgId, String orgName,
                            boolean there, Fix closest, Long minutesOutsideSeen, Fix whereabouts, List<TrackPoint> trackAround,
                            MovementView movement, TripMatch trip) {
    }

    /** A reported position with its distance to the complained-of place (metres on the spheroid). */
    public record Fix(Instant time, double latitude, double longitude, double distanceM, float speedKmh) {
    }

    /** A point of the track around the closest approach. */
    public record TrackPoint(Instant time, double latitude, double longitude, float speedKmh) {
    }

    /**
     * The trip order the car was on at the closest approach.
     *
     * @param basis RECORDED (the driver's start and completion bracket the time) or PICKUP_WINDOW (the car was
     *              assigned to an order whose window contains the time, without recorded start/completion covering it)
     */
    public record TripMatch(long tripRequestId, String basis, String state, String category, long orgId,
                            String requester, String approver, Instant approvedAt, String dispatcher, Long driverId,
                            String driverName, String pickupPlace, Instant windowStart, Instant windowEnd,
                            Instant startedAt, Instant completedAt) {
    }
}
