package io.fleet.dispatch.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import io.fleet.dispatch.common.Problems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tracing without a case: what hotline staff look up while the citizen is still on the phone. */
@Path("/api/complaint-trace")
@Tag(name = "Complaints")
public class TraceResource {

    private static final int LARGEST_RADIUS_M = 5_000;
    private static final int LARGEST_TOLERANCE_MIN = 24 * 60;

    private final ComplaintTracer tracer;
    private final ComplaintConfig config;

    TraceResource(ComplaintTracer tracer, ComplaintConfig config) {
        this.tracer = tracer;
        this.config = config;
    }

    @GET
    @Operation(summary = "Trace a plate (or part: 浙A·D98??, D987), a time or range (from, to) and a place (lat, lon); "
            + "radius in metres, tolerance in minutes widen the search")
    public Trace trace(@QueryParam("plate") String plate, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("lat") Double lat, @QueryParam("lon") Double lon, @QueryParam("radius") Integer radius,
            @QueryParam("tolerance") Integer tolerance) {
        PlatePattern pattern = PlatePattern.parse("plate", plate);
        Instant start = instant("from", from);
        Instant end = to == null || to.isBlank() ? start : instant("to", to);
        if (end.isBefore(start)) {
            throw Problems.badField("to", "must not be before from");
        }
        if (Duration.between(start, end).compareTo(ComplaintService.MAX_SEEN_RANGE) > 0) {
            throw Problems.badField("to", "a time range of at most 31 days is traced");
        }
        if (lat == null || lat < -90 || lat > 90) {
            throw Problems.badField("lat", "required, degrees between -90 and 90");
        }
        if (lon == null || lon < -180 || lon > 180) {
            throw Problems.badField("lon", "required, degrees between -180 and 180");
        }
        int r = radius == null ? config.placeRadiusMetres() : radius;
        if (r < 10 || r > LARGEST_RADIUS_M) {
            throw Problems.badField("radius", "metres between 10 and " + LARGEST_RADIUS_M);
        }
        int tol = tolerance == null ? config.timeToleranceMinutes() : tolerance;
        if (tol < 0 || tol > LARGEST_TOLERANCE_MIN) {
            throw Problems.badField("tolerance", "minutes between 0 and " + LARGEST_TOLERANCE_MIN);
        }
        return tracer.trace(new ComplaintTracer.Query(pattern, start, end, lat, lon, r, Duration.ofMinutes(tol)));
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Problems.badField(field, "required, ISO-8601 with offset, e.g. 2026-10-12T08:00:00+08:00");
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Problems.badField(field, "not an ISO-8601 date-time with offset: " + value);
        }
    }
}
