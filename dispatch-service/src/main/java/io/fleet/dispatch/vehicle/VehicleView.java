package io.fleet.dispatch.vehicle;

import java.time.LocalDate;
import java.util.Map;

import io.fleet.dispatch.geo.GeoJson;

/** A vehicle as the API shows it; homeLot is a GeoJSON Polygon. */
public record VehicleView(long id, long orgId, String plate, int plateColor, boolean marked, VehicleKind kind, int seats,
        Energy energy, Integer batteryRangeKm, Pool pool, Map<String, Object> homeLot, VehicleStatus status,
        String terminalPhone, LocalDate registeredOn, int version) {

    public static VehicleView of(Vehicle v, String terminalPhone) {
        return new VehicleView(v.id, v.orgId, v.plate, v.plateColor, v.marked, v.kind, v.seats, v.energy,
                v.batteryRangeKm, v.pool, GeoJson.of(v.homeLot), v.status, terminalPhone, v.registeredOn, v.version);
    }
}
