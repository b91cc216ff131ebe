package io.fleet.mobile.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document, the same shape dispatch-service answers with. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    public ProblemException exception() {
        return new ProblemException(this);
    }

    public static ProblemException badField(String field, String message) {
        return new Problem("urn:fleet:problem:validation", "Invalid request", 400, field + ": " + message,
                List.of(new Violation(field, message))).exception();
    }

    public static ProblemException of(int status, String type, String title, String detail) {
        return new Problem(type, title, status, detail, null).exception();
    }
}
