package io.fleet.dispatch.routing;

import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.common.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Road routing on the local OpenStreetMap extract. Positions are WGS-84; a point with no road within the snap
 * distance is a 400 naming the field ("from", "origins[3]"); two points no road connects are a 422.
 */
@Path("/api/routes")
@Tag(name = "Routing", description = "Road routes, travel-time matrices, snapping and map matching (GraphHopper)")
public class RouteResource {

    private static final String NO_ROUTE = "urn:fleet:problem:no-route";

    private final RoutingService routing;

    RouteResource(RoutingService routing) {
        this.routing = routing;
    }

    @POST
    @Operation(summary = "Route from A to B: distance (m), time (s) and the road geometry (GeoJSON LineString)")
    @APIResponse(responseCode = "400", description = "A point is off the map or malformed; the problem names it")
    @APIResponse(responseCode = "422", description = "No road connects the two points for this profile")
    public RouteView route(@Valid @NotNull RouteRequest request) {
        return answer(() -> RouteView.of(routing.route(profile(request.profile()), request.from(), request.to())));
    }

    @POST
    @Path("/matrix")
    @Operation(summary = "Travel times (s) and distances (m) from every origin to every destination; null where unreachable")
    @APIResponse(responseCode = "400", description = "An origin or destination is off the map; the problem names it")
    public TravelMatrix matrix(@Valid @NotNull MatrixRequest request) {
        return answer(() -> routing.matrix(profile(request.profile()), request.origins(), request.destinations()));
    }

    @POST
    @Path("/snap")
    @Operation(summary = "The nearest road position the profile may use, and its distance (m)")
    public SnappedPoint snap(@Valid @NotNull SnapRequest request) {
        return answer(() -> routing.snap(profile(request.profile()), request.point()));
    }

    @POST
    @Path("/match")
    @Operation(summary = "Lay a recorded track (timestamped points or a GeoJSON LineString) onto the roads")
    @APIResponse(responseCode = "422", description = "The track cannot be followed on connected roads")
    public MatchedTrackView match(@Valid @NotNull MatchRequest request) {
        if ((request.points() == null) == (request.track() == null)) {
            throw Problems.badField("points", "give either points or track (a GeoJSON LineString), not both or neither");
        }
        if (request.track() != null && !"LineString".equals(request.track().type())) {
            throw Problems.badField("track.type", "must be LineString");
        }
        String field = request.points() != null ? "points" : "track.coordinates";
        return answer(() -> MatchedTrackView.of(
                routing.match(profile(request.profile()), request.positions(), request.gpsErrorMeters(), field)));
    }

    private static RoadProfile profile(String requested) {
        return requested == null ? RoadProfile.DEFAULT : RoadProfile.fromKey(requested);
    }

    /** Maps the routing core's refusals to problem documents. */
    private static <T> T answer(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (OffMapException e) {
            throw Problems.badField(e.field(), e.getMessage());
        } catch (NoRouteException e) {
            throw new ProblemException(new Problem(NO_ROUTE, "No route", 422, e.getMessage(), null));
        }
    }
}
