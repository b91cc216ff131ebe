package io.fleet.dispatch.terminal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/terminals")
@Tag(name = "Terminals", description = "JT/T 808 terminals: only registered, enabled terminals on a vehicle may connect")
public class TerminalResource {

    private final TerminalService service;
    private final TerminalPresence presence;

    TerminalResource(TerminalService service, TerminalPresence presence) {
        this.service = service;
        this.presence = presence;
    }

    @GET
    public List<TerminalView> list() {
        return service.list();
    }

    @GET
    @Path("/presence")
    @Operation(summary = "Every terminal and whether it holds a gateway connection now (and on which gateway node)")
    public List<TerminalPresence.Presence> presence() {
        return presence.all();
    }

    @GET
    @Path("/{id}")
    public TerminalView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Register a terminal by its SIM phone number, optionally on a vehicle")
    public Response register(@Valid @NotNull TerminalRequest request) {
        TerminalView created = service.register(request);
        return Response.created(URI.create("/api/terminals/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Bind to or unbind from a vehicle, enable or disable; send the version you read")
    public TerminalView change(@PathParam("id") long id, @Valid @NotNull TerminalRequest request) {
        return service.change(id, request);
    }
}
