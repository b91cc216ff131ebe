package io.fleet.dispatch.supervision.engine;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.track.OrgScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supervision/reevaluate")
@Tag(name = "Supervision", description = "Private-use alarms with their evidence, and their review")
public class ReevaluateResource {

    public record Request(Long vehicleId, Long org, @NotNull String from, @Size(max = 64) String actor) {
    }

    private final SupervisionScanner scanner;
    private final OrgScope scope;

    ReevaluateResource(SupervisionScanner scanner, OrgScope scope) {
        this.scanner = scanner;
        this.scope = scope;
    }

    @POST
    @Operation(summary = "Evaluate a vehicle or an organisation's subtree again from a time on (after a change of "
            + "settings, calendar or fences, which apply to evaluations from then on); runs in the next round")
    public Response reevaluate(@Valid @NotNull Request r) throws SQLException {
        if ((r.vehicleId() == null) == (r.org() == null)) {
            throw Problems.badField("vehicleId", "name either vehicleId or org");
        }
        Instant from;
        try {
            from = OffsetDateTime.parse(r.from()).toInstant();
        } catch (DateTimeParseException e) {
            throw Problems.badField("from", "an ISO-8601 date-time with offset");
        }
        if (from.isBefore(Instant.now().minus(SupervisionScanner.LONGEST))) {
            throw Problems.badField("from", "at most " + SupervisionScanner.LONGEST.toDays() + " days back");
        }
        if (r.vehicleId() != null) {
            scope.ofVisibleVehicle(r.vehicleId());
        }
        String path = r.org() == null ? null : scope.pathOf(r.org());
        int marked = scanner.markForReevaluation(r.vehicleId(), path, from);
        return Response.accepted(Map.of("vehiclesMarked", marked)).build();
    }
}
