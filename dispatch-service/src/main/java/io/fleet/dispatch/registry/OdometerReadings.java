package io.fleet.dispatch.registry;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The highest odometer reading the platform holds for a car: the drivers' readings at the start and end of trips,
 * and the odometer its terminal reported most recently (the 0x01 item of the last month's positions, when it sends
 * one). A unit's own claim is not taken: the renewal criterion is judged on recorded figures.
 */
@ApplicationScoped
public class OdometerReadings {

    /** How far back the terminal's reports are searched: a few day partitions, not three years of them. */
    static final Duration TERMINAL_REACH = Duration.ofDays(31);

    private final EntityManager entities;

    OdometerReadings(EntityManager entities) {
        this.entities = entities;
    }

    /** Kilometres, or null when nothing was ever recorded. */
    public Double highestKm(long vehicleId) {
        Object trips = entities.createNativeQuery("""
                SELECT max(greatest(start_odometer_km, end_odometer_km)) FROM trip_request WHERE vehicle_id = ?1""")
                .setParameter(1, vehicleId).getSingleResult();
        Object terminal = entities.createNativeQuery("""
                SELECT max(mileage_km) FROM (
                    SELECT mileage_km FROM position
                    WHERE vehicle_id = ?1 AND fix_time >= ?2 AND mileage_km IS NOT NULL
                    ORDER BY fix_time DESC LIMIT 1) last""")
                .setParameter(1, vehicleId).setParameter(2, OffsetDateTime.now().minus(TERMINAL_REACH))
                .getSingleResult();
        if (trips == null) {
            return terminal == null ? null : ((Number) terminal).doubleValue();
        }
        double read = ((Number) trips).doubleValue();
        return terminal == null ? read : Math.max(read, ((Number) terminal).doubleValue());
    }
}
