package io.fleet.mobile.trip;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.mobile.auth.Session;
import io.fleet.mobile.dispatch.DispatchAnswer;
import io.fleet.mobile.dispatch.DispatchClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The assigned car's live position (dispatch-service's live state, fed by its terminal) and the driving time from
 * there to where the trip goes next: the pickup until the passengers are aboard, then the first destination.
 */
@ApplicationScoped
public class TripPosition {

    private final DispatchClient dispatch;
    private final ObjectMapper json;

    TripPosition(DispatchClient dispatch, ObjectMapper json) {
        this.dispatch = dispatch;
        this.json = json;
    }

    Map<String, Object> of(Session s, Map<String, Object> trip) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("requestId", trip.get("id"));
        result.put("vehicleId", trip.get("vehicleId"));
        if (!(trip.get("vehicleId") instanceof Number vehicle)) {
            result.put("status", "NO_VEHICLE");
            return result;
        }
        DispatchAnswer live = dispatch.get(s, "/api/live", Map.of());
        Map<String, Object> position = !live.ok() ? null : this.<List<Map<String, Object>>>read(live.body()).stream()
                .filter(p -> p.get("vehicleId") instanceof Number v && v.longValue() == vehicle.longValue())
                .findFirst().orElse(null);
        if (position == null) {
            result.put("status", "NO_POSITION");
            return result;
        }
        result.put("status", "LIVE");
        result.put("plate", position.get("plate"));
        result.put("lat", position.get("latitude"));
        result.put("lon", position.get("longitude"));
        result.put("speedKmh", position.get("speedKmh"));
        result.put("fixTime", position.get("fixTime"));
        Object phase = trip.get("phase");
        boolean toPickup = phase == null || "DEPARTED".equals(phase) || "AT_PICKUP".equals(phase);
        double[] target = toPickup ? new double[] {num(trip.get("pickupLat")), num(trip.get("pickupLon"))} : firstDestination(trip);
        if (target != null && "UNDER_WAY,ACCEPTED,SCHEDULED".contains(String.valueOf(trip.get("state")))) {
            DispatchAnswer route = dispatch.post(s, "/api/routes", Map.of(
                    "from", Map.of("lat", position.get("latitude"), "lon", position.get("longitude")),
                    "to", Map.of("lat", target[0], "lon", target[1])));
            if (route.ok()) {
                Map<String, Object> r = read(route.body());
                result.put("etaTo", toPickup ? "PICKUP" : "DESTINATION");
                result.put("etaSeconds", Math.round(num(r.get("timeSeconds"))));
                result.put("distanceMeters", Math.round(num(r.get("distanceMeters"))));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static double[] firstDestination(Map<String, Object> trip) {
        if (trip.get("destinations") instanceof List<?> list && !list.isEmpty()) {
            Map<String, Object> d = (Map<String, Object>) list.get(0);
            return new double[] {num(d.get("lat")), num(d.get("lon"))};
        }
        return null;
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private <T> T read(String body) {
        try {
            return json.readValue(body, new TypeReference<T>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable answer from dispatch-service", e);
        }
    }
}
