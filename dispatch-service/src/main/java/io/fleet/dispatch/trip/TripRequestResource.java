package io.fleet.dispatch.trip;

import java.net.URI;
import java.time.OffsetDateTime;
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
    @Operation(summary = "Requests of an organisation's subtree (all when org is omitted), by pickup time; "
            + "driverId, requester and from (pickup window ending at or after) narrow the list")
    public List<TripRequestView> list(@QueryParam("org") Long org, @QueryParam("state") TripState state,
            @QueryParam("driverId") Long driverId, @QueryParam("requester") String requester,
            @QueryParam("from") String from) {
        if (driverId == null && requester == null && from == null) {
            return service.list(org, state);
        }
        OffsetDateTime since;
        try {
            since = from == null ? null : OffsetDateTime.parse(from);
        } catch (java.time.format.DateTimeParseException e) {
            throw Problems.badField("from", "an ISO-8601 time with offset, e.g. 2026-11-23T00:00:00+08:00");
        }
        return service.search(org, state, driverId, requester, since);
    }

    @POST
    @Path("/{id}/expenses")
    @Operation(summary = "Record a toll, parking or other expense paid on the trip")
    public Response addExpense(@PathParam("id") long id, @Valid @NotNull NewExpense expense) {
        NewExpense.View created = service.addExpense(id, expense);
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("/{id}/expenses")
    @Operation(summary = "Expenses paid on the trip")
    public List<NewExpense.View> expenses(@PathParam("id") long id) {
        return service.expenses(id);
    }

    @POST
    @Path("/{id}/problems")
    @Operation(summary = "Report a breakdown, accident or other trouble: recorded and sent to dispatchers at once")
    public TripRequestView reportProblem(@PathParam("id") long id, @Valid @NotNull ProblemReport report) {
        return service.reportProblem(id, report);
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
            + "evaluate, and the milestones at-pickup, aboard, arrive. Send the version you saw; assign breaking rules needs confirmBreaks")
    public TripRequestView act(@PathParam("id") long id, @PathParam("action") String action,
            @Valid @NotNull TripActionRequest step) {
        TripAction parsed = TripAction.fromPath(action);
        if (parsed == null) {
            throw Problems.notFound("action", action);
        }
        return service.act(id, parsed, step);
    }
}
