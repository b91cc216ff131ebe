package io.fleet.dispatch.terminal.command;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A terminal's commands (a resource of its own: JAX-RS would route /api/terminals/… to TerminalResource alone). */
@Path("/api/terminals/{id}/commands")
@Tag(name = "Terminal commands", description = "Remote commands to terminals; dangerous ones need a second person")
public class TerminalCommandsResource {

    private final CommandService commands;

    TerminalCommandsResource(CommandService commands) {
        this.commands = commands;
    }

    @POST
    @Operation(summary = "Send a command to a terminal (text 0x8300, location query 0x8201, query 0x8104 or set 0x8103 "
            + "parameters, terminal control 0x8105, vehicle control 0x8500); dangerous ones wait for approval")
    public Response send(@PathParam("id") long terminalId, @Valid @NotNull CommandRequest request) {
        TerminalCommandView created = commands.request(terminalId, request);
        return Response.status(201).entity(created).build();
    }

    @GET
    @Operation(summary = "A terminal's commands, newest first")
    public List<TerminalCommandView> ofTerminal(@PathParam("id") long terminalId,
                                                @QueryParam("limit") @DefaultValue("100") int limit) {
        return commands.ofTerminal(terminalId, limit(limit));
    }

    private static int limit(int limit) {
        return TerminalCommandResource.limit(limit);
    }
}
