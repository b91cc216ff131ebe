package io.fleet.dispatch.complaint;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.organisation.OrganisationRepository;
import io.fleet.dispatch.supervision.alarm.Notifier;
import io.fleet.dispatch.track.api.Period;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Complaint handling for staff: hotline and console intake, tracing, the case workflow, statistics, export. */
@Path("/api/complaints")
@Tag(name = "Complaints", description = "Citizens' complaints about official cars: intake, tracing to the trip, "
        + "handling with deadlines and an audit trail, statistics")
public class ComplaintResource {

    private static final Duration LONGEST_REPORT = Duration.ofDays(400);

    private final ComplaintService service;
    private final ComplaintStatistics statistics;
    private final OrganisationRepository organisations;
    private final Notifier notifier;

    ComplaintResource(ComplaintService service, ComplaintStatistics statistics, OrganisationRepository organisations,
            Notifier notifier) {
        this.notifier = notifier;
        this.service = service;
        this.statistics = statistics;
        this.organisations = organisations;
    }

    @POST
    @Operation(summary = "Record a complaint taken by the hotline or entered in the console (the signed-in caller is recorded as who entered it)")
    public Response receive(@Valid @NotNull NewComplaint complaint) {
        if (complaint.channel() == Channel.QR || complaint.channel() == Channel.WEB) {
            throw Problems.badField("channel", "QR and WEB complaints come through the public form (/complaint)");
        }
        ComplaintView created = service.receive(complaint, null, null);
        return Response.created(URI.create("/api/complaints/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "Cases, newest first; org limits to cases about cars of that unit's subtree")
    public List<ComplaintView> list(@QueryParam("org") Long org, @QueryParam("state") ComplaintState state) {
        return service.list(org, state);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case with its audit trail")
    public ComplaintView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/trace")
    @Operation(summary = "Trace the case: the cars whose plate fits, whether each was there, its closest approach, "
            + "track, movement, trip order, requester, approver and driver")
    public Trace trace(@PathParam("id") long id) {
        return service.trace(id);
    }

    @GET
    @Path("/{id}/photo")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(summary = "The photo sent with the complaint")
    public Response photo(@PathParam("id") long id) {
        Photos.Photo photo = service.photo(id);
        return Response.ok(photo.bytes(), photo.contentType()).build();
    }

    @PUT
    @Path("/{id}/photo")
    @Consumes({"image/jpeg", "image/png", "image/webp", "application/octet-stream"})
    @Operation(summary = "Attach or replace the case's photo (JPEG, PNG or WebP)")
    public ComplaintView attachPhoto(@PathParam("id") long id, @QueryParam("actor") String actor, byte[] bytes) {
        return service.attachPhoto(id, bytes == null ? new byte[0] : bytes); // ?actor= is ignored: the caller acts
    }

    @POST
    @Path("/{id}/{action}")
    @Operation(summary = "A step: assign, investigate, conclude, reply, close, link-alarm, create-alarm. Send the version you saw")
    public ComplaintView act(@PathParam("id") long id, @PathParam("action") String action,
            @Valid @NotNull ComplaintStep step) {
        ComplaintAction parsed = ComplaintAction.fromPath(action);
        if (parsed == null) {
            throw Problems.notFound("action", action);
        }
        ComplaintView done = service.act(id, parsed, step);
        if (parsed == ComplaintAction.CREATE_ALARM) {
            notifier.publishPending(); // the unit's supervisor hears of the new alarm once it is committed
        }
        return done;
    }

    @GET
    @Path("/statistics")
    @Operation(summary = "Cases received in [from, to) by unit (the owner of the car found) and outcome; format=csv")
    public Response statistics(@QueryParam("org") Long org, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("format") @DefaultValue("json") String format) {
        Period period = Period.of(from, to, LONGEST_REPORT);
        List<ComplaintStatistics.Row> rows = statistics.byUnitAndOutcome(path(org),
                period.from().atOffset(ZoneOffset.UTC), period.to().atOffset(ZoneOffset.UTC));
        return switch (format) {
            case "json" -> Response.ok(rows, "application/json").build();
            case "csv" -> csv(ComplaintStatistics.csv(rows), "complaint-statistics.csv");
            default -> throw Problems.badField("format", "json or csv");
        };
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "Every case received in [from, to) as CSV (UTF-8 with BOM, for spreadsheets)")
    public Response export(@QueryParam("org") Long org, @QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to, LONGEST_REPORT);
        return csv(statistics.casesCsv(path(org), period.from().atOffset(ZoneOffset.UTC),
                period.to().atOffset(ZoneOffset.UTC)), "complaints.csv");
    }

    @Transactional
    String path(Long org) {
        return organisations.subtreePath(org);
    }

    private static Response csv(String body, String name) {
        // the BOM makes spreadsheet programs read the Chinese text as UTF-8
        return Response.ok("\uFEFF" + body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
