package io.fleet.dispatch.supervision.duty;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.supervision.Tx;
import io.fleet.dispatch.supervision.audit.SupervisionAudit;
import io.fleet.dispatch.track.OrgScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Standing duties (patrol shifts that need no trip) and holiday sealing periods. */
@Path("/api/supervision")
@Tag(name = "Supervision", description = "Private-use alarms with their evidence, and their review")
public class DutyResource {

    /** Who acts: the signed-in caller (an {@code actor} a client sends is ignored). */
    @jakarta.inject.Inject
    io.fleet.dispatch.audit.Actors actors;

    private final DataSource dataSource;
    private final SupervisionAudit audit;
    private final OrgScope scope;

    DutyResource(DataSource dataSource, SupervisionAudit audit, OrgScope scope) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.scope = scope;
    }

    @POST
    @Path("/duties")
    @Operation(summary = "A standing duty: the vehicle may move without a trip inside a PATROL fence in these hours")
    public Response duty(@Valid @NotNull DutyRequest r) {
        LocalDate from = LocalDate.parse(r.validFrom());
        LocalDate to = r.validTo() == null ? null : LocalDate.parse(r.validTo());
        if (to != null && to.isBefore(from)) {
            throw Problems.badField("validTo", "must not be before validFrom");
        }
        if (r.start().equals(r.end())) {
            throw Problems.badField("end", "must differ from start");
        }
        long id = Tx.run(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT (SELECT org_path FROM vehicle WHERE id = ?), g.kind, g.org_path
                    FROM (SELECT 1) one LEFT JOIN geofence g ON g.id = ?""")) {
                s.setLong(1, r.vehicleId());
                s.setLong(2, r.areaId());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getString(1) == null) {
                        throw Problems.badField("vehicleId", "no vehicle " + r.vehicleId());
                    }
                    scope.caller().require(rs.getString(1), "vehicleId", r.vehicleId());
                    if (!"PATROL".equals(rs.getString(2))) {
                        throw Problems.badField("areaId", "must be a PATROL geofence");
                    }
                    scope.caller().require(rs.getString(3), "areaId", r.areaId());
                }
            }
            long created;
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO standing_duty (vehicle_id, area_id, weekdays, start_time, end_time, valid_from, valid_to,
                                               created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                s.setLong(1, r.vehicleId());
                s.setLong(2, r.areaId());
                s.setString(3, r.weekdays());
                s.setObject(4, LocalTime.parse(r.start()));
                s.setObject(5, LocalTime.parse(r.end()));
                s.setObject(6, from);
                s.setObject(7, to);
                s.setString(8, actors.name());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    created = rs.getLong(1);
                }
            }
            audit.record(c, "duty", created, actors.name(), "CREATE", SupervisionAudit.details("vehicleId", r.vehicleId(),
                    "areaId", r.areaId(), "weekdays", r.weekdays(), "start", r.start(), "end", r.end()));
            return created;
        });
        return Response.created(URI.create("/api/supervision/duties?vehicleId=" + r.vehicleId()))
                .entity(Map.of("id", id)).build();
    }

    @GET
    @Path("/duties")
    @Operation(summary = "A vehicle's standing duties")
    public List<Map<String, Object>> duties(@QueryParam("vehicleId") Long vehicleId) {
        if (vehicleId == null) {
            throw Problems.badField("vehicleId", "required");
        }
        scope.ofVisibleVehicle(vehicleId);
        return Tx.run(dataSource, c -> {
            List<Map<String, Object>> result = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT id, area_id, weekdays, start_time::text, end_time::text, valid_from::text,
                           coalesce(valid_to::text, '') FROM standing_duty WHERE vehicle_id = ? ORDER BY id""")) {
                s.setLong(1, vehicleId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        result.add(Map.of("id", rs.getLong(1), "areaId", rs.getLong(2), "weekdays", rs.getString(3),
                                "start", rs.getString(4), "end", rs.getString(5), "validFrom", rs.getString(6),
                                "validTo", rs.getString(7)));
                    }
                }
            }
            return result;
        });
    }

    @POST
    @Path("/sealing-periods")
    @Operation(summary = "A holiday sealing period (封存): the subtree's vehicles, or one vehicle, stay at their home lot")
    public Response sealing(@Valid @NotNull SealingRequest r) {
        String path = scope.pathOf(r.orgId());
        Instant start = instant("startsAt", r.startsAt());
        Instant end = instant("endsAt", r.endsAt());
        if (!end.isAfter(start)) {
            throw Problems.badField("endsAt", "must be after startsAt");
        }
        long id = Tx.run(dataSource, c -> {
            if (r.vehicleId() != null) {
                try (PreparedStatement s = c.prepareStatement("SELECT org_path FROM vehicle WHERE id = ?")) {
                    s.setLong(1, r.vehicleId());
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next() || !rs.getString(1).startsWith(path)) {
                            throw Problems.badField("vehicleId", "no vehicle " + r.vehicleId() + " in organisation "
                                    + r.orgId() + "'s subtree");
                        }
                    }
                }
            }
            long created;
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO sealing_period (org_id, org_path, vehicle_id, starts_at, ends_at, reason, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                s.setLong(1, r.orgId());
                s.setString(2, path);
                s.setObject(3, r.vehicleId());
                s.setTimestamp(4, Timestamp.from(start));
                s.setTimestamp(5, Timestamp.from(end));
                s.setString(6, r.reason());
                s.setString(7, actors.name());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    created = rs.getLong(1);
                }
            }
            audit.record(c, "sealing", created, actors.name(), "CREATE", SupervisionAudit.details("orgId", r.orgId(),
                    "vehicleId", r.vehicleId(), "startsAt", start.toString(), "endsAt", end.toString(),
                    "reason", r.reason()));
            return created;
        });
        return Response.created(URI.create("/api/supervision/sealing-periods?org=" + r.orgId()))
                .entity(Map.of("id", id)).build();
    }

    private static Instant instant(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Problems.badField(field, "an ISO-8601 date-time with offset, e.g. 2026-10-01T00:00:00+08:00");
        }
    }
}
