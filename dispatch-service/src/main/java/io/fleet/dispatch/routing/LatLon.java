package io.fleet.dispatch.routing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** A WGS-84 position as terminals report it (never GCJ-02: that offset is applied only when drawing). */
public record LatLon(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {

    public static LatLon of(double lat, double lon) {
        return new LatLon(lat, lon);
    }
}
