package io.fleet.dispatch.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.security.Scope;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@Tag(name = "Audit", description = "Who did what, when, from where, to which record (append-only)")
public class AuditResource {

    private final AuditReader reader;
    private final Scope scope;

    AuditResource(AuditReader reader, Scope scope) {
        this.reader = reader;
        this.scope = scope;
    }

    @GET
    @Operation(summary = "The audit log of the caller's organisation subtree, newest first, paged; filter by period "
            + "[from, to), actor (username), action, resource type and id; format=csv for a spreadsheet")
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("actor") String actor, @QueryParam("action") String action,
                         @QueryParam("resourceType") String resourceType, @QueryParam("resourceId") String resourceId,
                         @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("100") int size,
                         @QueryParam("format") @DefaultValue("json") String format) {
        if (page < 0) {
            throw Problems.badField("page", "0 or more");
        }
        if (size < 1 || size > 1000) {
            throw Problems.badField("size", "between 1 and 1000");
        }
        if (!format.equals("json") && !format.equals("csv")) {
            throw Problems.badField("format", "json or csv");
        }
        AuditPage result = reader.read(new AuditQuery(scope.path(), instant("from", from), instant("to", to),
                text("actor", actor, 64), text("action", action, 64), text("resourceType", resourceType, 40),
                text("resourceId", resourceId, 80), page, size));
        return format.equals("csv")
                ? Response.ok(AuditCsv.of(result.items()), "text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build()
                : Response.ok(result).build();
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw Problems.badField(field, "at most " + max + " characters");
        }
        return value.strip();
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Problems.badField(field, "an ISO-8601 time with offset, e.g. 2026-03-02T08:00:00+08:00");
        }
    }
}
