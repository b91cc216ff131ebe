package io.fleet.dispatch.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record SnapRequest(@NotNull @Valid LatLon point,
        @Pattern(regexp = RoadProfile.KEYS_PATTERN, message = "one of car, minibus") String profile) {
}
