package io.fleet.dispatch.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A recorded track, either as timestamped points ({@code points}, put in time order when times are given) or as a
 * GeoJSON LineString ({@code track}, coordinates [lon, lat]); exactly one of the two.
 */
public record MatchRequest(
        @Size(min = 2, max = 10_000) List<@NotNull @Valid TrackPoint> points,
        @Valid GeoJsonLineString track,
        @Pattern(regexp = RoadProfile.KEYS_PATTERN, message = "one of car, minibus") String profile,
        @DecimalMin("1") @DecimalMax("500") Double gpsErrorMeters) {

    /** One fix; {@code time} is optional. */
    public record TrackPoint(@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon, Instant time) {
    }

    public record GeoJsonLineString(@NotNull String type,
            @NotNull @Size(min = 2, max = 10_000) List<@NotNull @Size(min = 2, max = 3) List<@NotNull Double>> coordinates) {
    }

    /** The track as positions; the REST layer has checked that exactly one form is present. */
    List<LatLon> positions() {
        if (points != null) {
            List<TrackPoint> ordered = new ArrayList<>(points);
            if (ordered.stream().allMatch(p -> p.time() != null)) {
                ordered.sort(Comparator.comparing(TrackPoint::time));
            }
            return ordered.stream().map(p -> LatLon.of(p.lat(), p.lon())).toList();
        }
        return track.coordinates().stream().map(c -> LatLon.of(c.get(1), c.get(0))).toList();
    }
}
