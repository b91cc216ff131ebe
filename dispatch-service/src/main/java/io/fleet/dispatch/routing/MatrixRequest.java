package io.fleet.dispatch.routing;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** N origins × M destinations (each at most 500, so one request stays at most 250,000 CH queries). */
public record MatrixRequest(
        @NotEmpty @Size(max = 500) List<@NotNull @Valid LatLon> origins,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid LatLon> destinations,
        @Pattern(regexp = RoadProfile.KEYS_PATTERN, message = "one of car, minibus") String profile) {
}
