package io.fleet.dispatch.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.Problems;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The public complaint form the QR code on a marked car points to ({@code /complaint?v=<plate>}): no login, Chinese
 * by default with English, guarded by PublicFormGuard. The page is a template holding the form token; everything
 * else it needs is inline, so it loads nothing from anywhere.
 */
@Path("/complaint")
@Tag(name = "Complaints")
public class PublicComplaintResource {

    private final ComplaintService service;
    private final PublicFormGuard guard;
    private final Photos photos;
    private final ComplaintConfig config;
    private final Validator validator;
    private final String page;

    PublicComplaintResource(ComplaintService service, PublicFormGuard guard, Photos photos, ComplaintConfig config,
            Validator validator) throws IOException {
        this.service = service;
        this.guard = guard;
        this.photos = photos;
        this.config = config;
        this.validator = validator;
        try (InputStream in = getClass().getResourceAsStream("/complaint/form.html")) {
            this.page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The public complaint form (v: the plate the car's QR code carries)")
    public Response form() {
        return Response.ok(page.replace("{{TOKEN}}", guard.token(Instant.now())))
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; "
                        + "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'")
                .build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a complaint from the public form; answers the case number and the reply deadline")
    public Response submit(@RestForm String plate, @RestForm String seenAt, @RestForm String lon, @RestForm String lat,
            @RestForm String placeText, @RestForm String description, @RestForm String contactName,
            @RestForm String contact, @RestForm String website, @RestForm String token, @RestForm String channel,
            @RestForm("photo") FileUpload photo, @Context HttpServerRequest request) throws IOException {
        Instant now = Instant.now();
        guard.checkHoneypot(website);
        guard.checkToken(token, now);
        List<Problem.Violation> bad = new ArrayList<>();
        OffsetDateTime seen = localTime(seenAt, bad);
        Double longitude = number("lon", lon, bad);
        Double latitude = number("lat", lat, bad);
        NewComplaint complaint = new NewComplaint("QR".equals(channel) ? Channel.QR : Channel.WEB, "citizen", plate,
                seen, null, longitude, latitude, placeText, description, contactName, contact);
        for (ConstraintViolation<NewComplaint> v : validator.validate(complaint)) {
            String path = v.getPropertyPath().toString();
            String field = path.equals("seenFrom") ? "seenAt" : path;
            if (bad.stream().noneMatch(b -> b.field().equals(field))) {
                bad.add(new Problem.Violation(field, v.getMessage()));
            }
        }
        if (!bad.isEmpty()) {
            bad.sort((a, b) -> a.field().compareTo(b.field()));
            throw Problems.invalid(bad);
        }
        byte[] bytes = null;
        String type = null;
        if (photo != null && photo.size() > 0) {
            if (photo.size() > config.photoMaxBytes()) {
                throw Problems.badField("photo", "the photo is " + photo.size() + " bytes; at most "
                        + config.photoMaxBytes() + " are accepted");
            }
            bytes = Files.readAllBytes(photo.uploadedFile());
            type = photos.check("photo", bytes);
        }
        PlatePattern.parse("plate", plate); // a bad plate is refused before it counts against the limit
        guard.count(clientAddress(request), now);
        ComplaintView created = service.receive(complaint, type, bytes);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", created.id());
        answer.put("dueAt", created.dueAt());
        return Response.status(201).entity(answer).build();
    }

    private String clientAddress(HttpServerRequest request) {
        if (config.clientAddressHeader().isPresent()) {
            String forwarded = request.getHeader(config.clientAddressHeader().get());
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /** The form's datetime-local value ("2026-11-22T09:05"), which is China Standard Time. */
    private static OffsetDateTime localTime(String value, List<Problem.Violation> bad) {
        if (value == null || value.isBlank()) {
            bad.add(new Problem.Violation("seenAt", "when did you see the car?"));
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(WorkingDays.CST).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            bad.add(new Problem.Violation("seenAt", "not a date and time: " + value));
            return null;
        }
    }

    private static Double number(String field, String value, List<Problem.Violation> bad) {
        if (value == null || value.isBlank()) {
            bad.add(new Problem.Violation(field, "where was it? use your location or type the coordinates"));
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            bad.add(new Problem.Violation(field, "not a number: " + value));
            return null;
        }
    }
}
