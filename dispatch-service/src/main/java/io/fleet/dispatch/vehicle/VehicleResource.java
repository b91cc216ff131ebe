package io.fleet.dispatch.vehicle;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/vehicles")
@Tag(name = "Vehicles", description = "Official vehicles: plate, kind, seats, energy, pool, home lot, status")
public class VehicleResource {

    private final VehicleService service;

    VehicleResource(VehicleService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Vehicles of an organisation's subtree (all when org is omitted), by plate")
    public List<VehicleView> list(@QueryParam("org") Long org) {
        return service.list(org);
    }

    @GET
    @Path("/{id}")
    public VehicleView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Register a vehicle")
    public Response register(@Valid @NotNull VehicleRequest request) {
        VehicleView created = service.register(request);
        return Response.created(URI.create("/api/vehicles/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a vehicle; send the version you read (409 when someone changed it meanwhile)")
    public VehicleView change(@PathParam("id") long id, @Valid @NotNull VehicleRequest request) {
        return service.change(id, request);
    }
}
