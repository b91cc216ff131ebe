package io.fleet.dispatch.terminal.command;

import java.util.List;

import io.fleet.dispatch.common.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/terminal-commands")
@Tag(name = "Terminal commands", description = "Remote commands to terminals; dangerous ones need a second person")
public class TerminalCommandResource {

    private final CommandService commands;

    TerminalCommandResource(CommandService commands) {
        this.commands = commands;
    }

    /** An approval's or rejection's reason (required to reject). */
    public record Decision(@Size(max = 500) String reason) {
    }

    @GET
        @Operation(summary = "Commands of the caller's subtree, newest first; status=PENDING_APPROVAL is the approval queue")
    public List<TerminalCommandView> list(@QueryParam("status") String status,
                                          @QueryParam("limit") @DefaultValue("100") int limit) {
        CommandStatus parsed = null;
        if (status != null && !status.isBlank()) {
            try {
                parsed = CommandStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw Problems.badField("status", "one of " + List.of(CommandStatus.values()));
            }
        }
        return commands.list(parsed, limit(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One command with its decision and the terminal's answer")
    public TerminalCommandView get(@PathParam("id") long id) {
        return commands.get(id);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve a dangerous command (a second person: never the one who asked); it is sent at once")
    public TerminalCommandView approve(@PathParam("id") long id, @Valid Decision decision) {
        return commands.approve(id, decision == null || decision.reason() == null ? null : decision.reason().strip());
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject a dangerous command (reason required); it is never sent")
    public TerminalCommandView reject(@PathParam("id") long id, @Valid Decision decision) {
        return commands.reject(id, decision == null ? null : decision.reason());
    }

    static int limit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw Problems.badField("limit", "between 1 and 1000");
        }
        return limit;
    }
}
