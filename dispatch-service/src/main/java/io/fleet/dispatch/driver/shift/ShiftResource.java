package io.fleet.dispatch.driver.shift;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A driver's shifts and leave. Times are China Standard Time; see DutyDay for what the rows mean for a day. */
@Path("/api/drivers/{driverId}/shifts")
@Tag(name = "Drivers")
public class ShiftResource {

    private final ShiftService service;

    ShiftResource(ShiftService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The driver's shifts and leave overlapping the days from..to (dates, both included; this week by default)")
    public List<ShiftView> list(@PathParam("driverId") long driverId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return service.list(driverId, from, to);
    }

    @POST
    @Operation(summary = "Add a SHIFT or a LEAVE; one overlapping another row of the same kind is refused with 409")
    public Response add(@PathParam("driverId") long driverId, @Valid @NotNull NewShift request) {
        ShiftView created = service.add(driverId, request);
        return Response.created(URI.create("/api/drivers/" + driverId + "/shifts/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/week")
    @Operation(summary = "Add the same shift on the chosen weekdays (Monday to Friday by default) of a range of days")
    public Response addWeek(@PathParam("driverId") long driverId, @Valid @NotNull ShiftWeek request) {
        List<ShiftView> created = service.addWeek(driverId, request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("/{shiftId}")
    @Operation(summary = "Remove a row; the signed-in caller is kept in the trail (an actor parameter is ignored)")
    public Response remove(@PathParam("driverId") long driverId, @PathParam("shiftId") long shiftId,
            @QueryParam("actor") String actor) {
        service.remove(driverId, shiftId, actor);
        return Response.noContent().build();
    }
}
