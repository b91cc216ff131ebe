package io.fleet.dispatch.driver;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/drivers")
@Tag(name = "Drivers", description = "Drivers: licence class, unit, daily working-time limit, status")
public class DriverResource {

    private final DriverService service;

    DriverResource(DriverService service) {
        this.service = service;
    }

    @GET
    public List<DriverView> list(@QueryParam("org") Long org) {
        return service.list(org);
    }

    @GET
    @Path("/{id}")
    public DriverView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    public Response register(@Valid @NotNull DriverRequest request) {
        DriverView created = service.register(request);
        return Response.created(URI.create("/api/drivers/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public DriverView change(@PathParam("id") long id, @Valid @NotNull DriverRequest request) {
        return service.change(id, request);
    }
}
