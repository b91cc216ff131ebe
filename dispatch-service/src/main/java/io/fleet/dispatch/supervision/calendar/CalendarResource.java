package io.fleet.dispatch.supervision.calendar;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Versions;
import io.fleet.dispatch.security.Scope;
import io.fleet.dispatch.supervision.Tx;
import io.fleet.dispatch.supervision.audit.SupervisionAudit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supervision/calendar")
@Tag(name = "Supervision", description = "Private-use alarms with their evidence, and their review")
public class CalendarResource {

    /** Who acts: the signed-in caller (an {@code actor} a client sends is ignored). */
    @jakarta.inject.Inject
    io.fleet.dispatch.audit.Actors actors;

    private final DataSource dataSource;
    private final SupervisionAudit audit;
    private final Scope scope;

    CalendarResource(DataSource dataSource, SupervisionAudit audit, Scope scope) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.scope = scope;
    }

    public record CalendarDay(String day, String kind, String name, boolean provisional, String source,
                              String updatedBy, int version, boolean workingDay) {
    }

    @GET
    @Operation(summary = "The days of a year that differ from Monday-Friday: holidays and make-up working days (调休)")
    public List<CalendarDay> year(@QueryParam("year") Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw Problems.badField("year", "required, between 2000 and 2100");
        }
        return Tx.run(dataSource, c -> {
            List<CalendarDay> days = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT day, kind, name, provisional, source, updated_by, version FROM holiday_calendar
                    WHERE day BETWEEN ? AND ? ORDER BY day""")) {
                s.setObject(1, LocalDate.of(year, 1, 1));
                s.setObject(2, LocalDate.of(year, 12, 31));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        days.add(new CalendarDay(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(2).equals("WORKDAY")));
                    }
                }
            }
            return days;
        });
    }

    @GET
    @Path("/{day}")
    @Operation(summary = "Whether a date is worked, and why")
    public Map<String, Object> day(@PathParam("day") String day) {
        LocalDate date = date(day);
        WorkCalendar calendar = Tx.run(dataSource, c -> CalendarStore.between(c, date, date));
        return Map.of("day", date.toString(), "workingDay", calendar.isWorkingDay(date), "is", calendar.describe(date));
    }

    @PUT
    @Path("/{day}")
    @Operation(summary = "Set a day as HOLIDAY or WORKDAY (administrators); send the version read when it exists")
    public CalendarDay put(@PathParam("day") String day, @Valid @NotNull CalendarDayRequest request) {
        scope.requireRoot("the holiday calendar");
        LocalDate date = date(day);
        return Tx.run(dataSource, c -> {
            Integer current = null;
            try (PreparedStatement s = c.prepareStatement("SELECT version FROM holiday_calendar WHERE day = ? FOR UPDATE")) {
                s.setObject(1, date);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        current = rs.getInt(1);
                    }
                }
            }
            if (current != null) {
                Versions.require(request.version(), current, "calendar day " + date);
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO holiday_calendar (day, kind, name, provisional, source, updated_by) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,
                        provisional = EXCLUDED.provisional, source = EXCLUDED.source, updated_by = EXCLUDED.updated_by,
                        updated_at = now(), version = holiday_calendar.version + 1""")) {
                s.setObject(1, date);
                s.setString(2, request.kind());
                s.setString(3, request.name());
                s.setBoolean(4, Boolean.TRUE.equals(request.provisional()));
                s.setString(5, request.source());
                s.setString(6, actors.name());
                s.executeUpdate();
            }
            audit.record(c, "calendar", date, actors.name(), current == null ? "CREATE" : "UPDATE",
                    SupervisionAudit.details("kind", request.kind(), "name", request.name(),
                            "provisional", Boolean.TRUE.equals(request.provisional()), "source", request.source()));
            return new CalendarDay(date.toString(), request.kind(), request.name(),
                    Boolean.TRUE.equals(request.provisional()), request.source(), actors.name(),
                    current == null ? 0 : current + 1, request.kind().equals("WORKDAY"));
        });
    }

    @DELETE
    @Path("/{day}")
    @Operation(summary = "Remove a day's entry (it becomes an ordinary weekday or weekend day again)")
    public Map<String, Object> delete(@PathParam("day") String day, @QueryParam("actor") String actor,
                                      @QueryParam("version") Integer version) {
        scope.requireRoot("the holiday calendar");
        LocalDate date = date(day);
        return Tx.run(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT version FROM holiday_calendar WHERE day = ? FOR UPDATE")) {
                s.setObject(1, date);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw Problems.notFound("calendar entry", date);
                    }
                    Versions.require(version, rs.getInt(1), "calendar day " + date);
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM holiday_calendar WHERE day = ?")) {
                s.setObject(1, date);
                s.executeUpdate();
            }
            audit.record(c, "calendar", date, null, "DELETE", null);
            return Map.of("day", date.toString(), "deleted", true);
        });
    }

    private static LocalDate date(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw Problems.badField("day", "a date like 2026-10-01");
        }
    }
}
