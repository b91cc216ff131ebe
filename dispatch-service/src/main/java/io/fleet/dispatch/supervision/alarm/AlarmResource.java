package io.fleet.dispatch.supervision.alarm;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.supervision.rule.RuleKey;
import io.fleet.dispatch.track.OrgScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supervision/alarms")
@Tag(name = "Supervision", description = "Private-use alarms with their evidence, and their review")
public class AlarmResource {

    private final AlarmService alarms;
    private final OrgScope scope;

    AlarmResource(AlarmService alarms, OrgScope scope) {
        this.alarms = alarms;
        this.scope = scope;
    }

    @GET
    @Operation(summary = "The alarm queue of an organisation's subtree, newest first; filter by state, rule, vehicle, "
            + "and period [from, to) the alarm overlaps")
    public List<AlarmView> queue(@QueryParam("org") Long org, @QueryParam("state") String state,
                                 @QueryParam("rule") String rule, @QueryParam("vehicleId") Long vehicleId,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("limit") @DefaultValue("200") int limit) {
        if (org == null) {
            throw Problems.badField("org", "required: the organisation whose subtree's alarms are listed");
        }
        AlarmState parsedState = null;
        if (state != null) {
            try {
                parsedState = AlarmState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw Problems.badField("state", "one of " + List.of(AlarmState.values()));
            }
        }
        boolean complaint = AlarmService.COMPLAINT.equalsIgnoreCase(rule);
        if (rule != null && !complaint && (RuleKey.parse(rule) == null || !RuleKey.parse(rule).isRule())) {
            throw Problems.badField("rule", "one of NO_TRIP, OFF_HOURS, REGION, FORBIDDEN_DWELL, HOME_LOT, TAMPERING, SPEEDING, ROUTE_DEVIATION, DISTANCE_MISMATCH, COMPLAINT");
        }
        if (limit < 1 || limit > 1000) {
            throw Problems.badField("limit", "between 1 and 1000");
        }
        return alarms.queue(new AlarmService.Filter(scope.pathOf(org), parsedState,
                rule == null ? null : complaint ? AlarmService.COMPLAINT : RuleKey.parse(rule).name(), vehicleId, instant("from", from), instant("to", to),
                limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One alarm with its evidence (track as GeoJSON, stops, the order or its absence, the rule and "
            + "its thresholds) and every step taken on it")
    public AlarmView get(@PathParam("id") long id) {
        return alarms.get(id);
    }

    @POST
    @Path("/{id}/{action}")
    @Operation(summary = "A review step: confirm, dismiss (text = reason), request-explanation (text = the question; "
            + "notifies the unit's supervisor), explain (text = the unit's explanation), close. Send the version you saw")
    public AlarmView act(@PathParam("id") long id, @PathParam("action") String action, @Valid @NotNull ReviewStep step) {
        ReviewAction parsed = ReviewAction.fromPath(action);
        if (parsed == null) {
            throw Problems.notFound("action", action);
        }
        return alarms.act(id, parsed, step);
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Problems.badField(field, "not an ISO-8601 date-time with offset: " + value);
        }
    }
}
