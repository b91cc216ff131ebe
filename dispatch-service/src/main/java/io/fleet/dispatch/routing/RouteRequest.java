package io.fleet.dispatch.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A→B; the profile defaults to "car". */
public record RouteRequest(
        @NotNull @Valid LatLon from, @NotNull @Valid LatLon to,
        @Pattern(regexp = RoadProfile.KEYS_PATTERN, message = "one of car, minibus") String profile) {
}
