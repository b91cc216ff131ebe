package io.fleet.dispatch.common;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into a problem document. Bad input names the field the client sent; unexpected failures are
 * logged with an id and answered without internals (no class names or stack traces reach clients).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(respond(e.problem())).header("Retry-After", e.retryAfterSeconds()).build();
        }
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(Problems.invalid(violations).problem());
    }

    /** Declared for the exact type so it wins over Quarkus' own mapper of the same exception. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableBody(e);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        String field = "body";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
        }
        return respond(Problems.badField(field, "unreadable value: " + e.getOriginalMessage()).problem());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable); // broken JSON (Quarkus wraps the parser's error): name the problem
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return respond(new Problem("about:blank", known == null ? "HTTP " + status : known.getReasonPhrase(), status,
                e.getMessage(), null));
    }

    /**
     * A chunked body that grew past the size limit: Quarkus has already answered 413 and closed the connection
     * (a body with a Content-Length gets BodyLimit's problem document before it is read); nothing unexpected.
     */
    @ServerExceptionMapper
    public Response unreadableStream(java.io.IOException e) {
        if ("Request too large".equals(e.getMessage())) {
            LOG.debugf("request body over the size limit refused (413)");
            return respond(new Problem("urn:fleet:problem:too-large", "Request too large", 413,
                    "the request body is over the size limit", null));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(new Problem("about:blank", "Internal error", 500, "incident " + incident, null));
    }

    /** "create.request.code" becomes "code"; a query parameter keeps its own name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        Path path = violation.getPropertyPath();
        List<Path.Node> nodes = StreamSupport.stream(path.spliterator(), false).toList();
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && nodes.size() > 2) {
                continue; // the body parameter itself; its properties follow
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
