package io.fleet.dispatch.trip;

import java.net.URI;
import java.util.List;

import io.fleet.dispatch.common.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/trip-requests")
@Tag(name = "Trip requests", description = "Request, approve, assign, run and evaluate trips, with a full audit trail")
public class TripRequestResource {

    private final TripRequestService service;

    TripRequestResource(TripRequestService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Submit a trip request")
    public Response submit(@Valid @NotNull NewTripRequest request) {
        TripRequestView created = service.submit(request);
        return Response.created(URI.create("/api/trip-requests/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "Requests of an organisation's subtree (all when org is omitted), by pickup time")
    public List<TripRequestView> list(@QueryParam("org") Long org, @QueryParam("state") TripState state) {
        return service.list(org, state);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One request with its audit trail")
    public TripRequestView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/assignment-check")
    @Operation(summary = "The dispatch rules assigning this vehicle and driver would break (nothing is changed)")
    public List<RuleBreak> check(@PathParam("id") long id, @QueryParam("vehicleId") Long vehicleId,
            @QueryParam("driverId") Long driverId) {
        if (vehicleId == null || driverId == null) {
            throw Problems.badField(vehicleId == null ? "vehicleId" : "driverId", "required");
        }
        return service.checkAssignment(id, vehicleId, driverId);
    }

    @POST
    @Path("/{id}/{action}")
    @Operation(summary = "A step: approve, reject, assign, accept, refuse, start, complete, no-show-report, cancel, "
            + "evaluate. Send the version you saw; assign breaking rules needs confirmBreaks")
    public TripRequestView act(@PathParam("id") long id, @PathParam("action") String action,
            @Valid @NotNull TripActionRequest step) {
        TripAction parsed = TripAction.fromPath(action);
        if (parsed == null) {
            throw Problems.notFound("action", action);
        }
        return service.act(id, parsed, step);
    }
}
