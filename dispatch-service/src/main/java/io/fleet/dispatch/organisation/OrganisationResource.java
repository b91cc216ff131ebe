package io.fleet.dispatch.organisation;

import java.net.URI;
import java.util.List;

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

@Path("/api/organisations")
@Tag(name = "Organisations", description = "The city bureau -> district bureau -> unit tree")
public class OrganisationResource {

    private final OrganisationService service;

    OrganisationResource(OrganisationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "All organisations, or the subtree under one; parents come before children")
    public List<OrganisationView> list(@QueryParam("under") Long under) {
        return service.list(under);
    }

    @GET
    @Path("/{id}")
    public OrganisationView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Create an organisation under an existing one (a city bureau has no parent)")
    public Response create(@Valid @NotNull NewOrganisation request) {
        OrganisationView created = service.create(request);
        return Response.created(URI.create("/api/organisations/" + created.id())).entity(created).build();
    }
}
