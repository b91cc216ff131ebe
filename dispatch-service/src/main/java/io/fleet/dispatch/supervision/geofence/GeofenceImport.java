package io.fleet.dispatch.supervision.geofence;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Fences to import: a GeoJSON FeatureCollection (or one Feature) of Polygons / MultiPolygons in WGS-84. Each
 * feature's properties: name (required), category (e.g. SCENIC, ENTERTAINMENT, GOLF, RESTAURANT, HOTEL, RESIDENCE),
 * activeFrom / activeTo ("18:00" / "06:00": the hours the place is forbidden; both or neither).
 */
public record GeofenceImport(@NotNull Long orgId, @NotNull @Pattern(regexp = "REGION|FORBIDDEN|PATROL") String kind,
                             @NotNull Map<String, Object> geojson, @Size(max = 64) String actor) {
}
