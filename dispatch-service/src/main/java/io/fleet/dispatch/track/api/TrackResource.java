package io.fleet.dispatch.track.api;

import java.time.Duration;
import java.util.List;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.track.OrgScope;
import io.fleet.dispatch.track.store.MovementQueries;
import io.fleet.dispatch.track.store.TrackPointView;
import io.fleet.dispatch.track.store.TrackQueries;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tracks")
@Tag(name = "Tracks", description = "Stored positions: replay and exports, movements and stops, who was near a place")
public class TrackResource {

    private static final Duration LONGEST_TRACK = Duration.ofDays(31);
    private static final Duration LONGEST_SEARCH = Duration.ofDays(31);
    private static final double LARGEST_RADIUS_M = 5_000;

    private final TrackQueries tracks;
    private final MovementQueries movements;
    private final OrgScope scope;
    private final VehicleNames names;

    TrackResource(TrackQueries tracks, MovementQueries movements, OrgScope scope, VehicleNames names) {
        this.tracks = tracks;
        this.movements = movements;
        this.scope = scope;
        this.names = names;
    }

    @GET
    @Path("/vehicles/{id}")
    @Operation(summary = "A vehicle's track in [from, to) as GeoJSON (default), GPX or KML; tolerance (metres) "
            + "simplifies the line, keeping the times of the points it keeps")
    public Response track(@PathParam("id") long vehicleId, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("format") @DefaultValue("geojson") String format,
                          @QueryParam("tolerance") @DefaultValue("0") double tolerance) {
        Period period = Period.of(from, to, LONGEST_TRACK);
        if (tolerance < 0 || tolerance > 1000) {
            throw Problems.badField("tolerance", "metres between 0 and 1000");
        }
        String name = names.plateOf(vehicleId);
        List<TrackPointView> points = TrackSimplifier.simplify(tracks.track(vehicleId, period.from(), period.to()),
                tolerance);
        return switch (format) {
            case "geojson" -> Response.ok(TrackExports.geoJson(vehicleId, name, points), "application/geo+json").build();
            case "gpx" -> Response.ok(TrackExports.gpx(name, points), "application/gpx+xml").build();
            case "kml" -> Response.ok(TrackExports.kml(name, points), "application/vnd.google-earth.kml+xml").build();
            default -> throw Problems.badField("format", "geojson, gpx or kml");
        };
    }

    @GET
    @Path("/vehicles/{id}/movements")
    @Operation(summary = "A vehicle's movements and stops overlapping [from, to), whole (never cut at the edges)")
    public List<MovementQueries.MovementView> vehicleMovements(@PathParam("id") long vehicleId,
                                                               @QueryParam("from") String from,
                                                               @QueryParam("to") String to) {
        names.plateOf(vehicleId);
        Period period = Period.of(from, to, LONGEST_TRACK);
        return movements.ofVehicle(vehicleId, period.from(), period.to());
    }

    @GET
    @Path("/movements")
    @Operation(summary = "Movements and stops of every vehicle of an organisation's subtree overlapping [from, to)")
    public List<MovementQueries.MovementView> unitMovements(@QueryParam("org") Long org,
                                                            @QueryParam("from") String from,
                                                            @QueryParam("to") String to) {
        if (org == null) {
            throw Problems.badField("org", "required: the organisation whose subtree is reported");
        }
        Period period = Period.of(from, to, LONGEST_TRACK);
        return movements.ofSubtree(scope.pathOf(org), period.from(), period.to());
    }

    @GET
    @Path("/near")
    @Operation(summary = "Which vehicles of the caller's subtree were within radius metres of (lat, lon) in [from, "
            + "to), and when closest")
    public List<TrackQueries.NearVehicle> near(@QueryParam("lat") Double lat, @QueryParam("lon") Double lon,
                                               @QueryParam("radius") @DefaultValue("200") double radius,
                                               @QueryParam("from") String from, @QueryParam("to") String to) {
        if (lat == null || lat < -90 || lat > 90) {
            throw Problems.badField("lat", "required, degrees between -90 and 90");
        }
        if (lon == null || lon < -180 || lon > 180) {
            throw Problems.badField("lon", "required, degrees between -180 and 180");
        }
        if (radius <= 0 || radius > LARGEST_RADIUS_M) {
            throw Problems.badField("radius", "metres, more than 0 and at most " + (int) LARGEST_RADIUS_M);
        }
        Period period = Period.of(from, to, LONGEST_SEARCH);
        return tracks.near(lat, lon, radius, period.from(), period.to(), scope.caller().path());
    }
}
