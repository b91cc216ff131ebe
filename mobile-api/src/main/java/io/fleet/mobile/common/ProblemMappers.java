package io.fleet.mobile.common;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fleet.mobile.dispatch.DispatchClient;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every refusal is a problem document; unexpected failures are logged with an id and answered without internals. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response dispatchDown(DispatchClient.DispatchUnavailable e) {
        LOG.warn(e.getMessage());
        return new Problem("urn:fleet:problem:unavailable", "Try again later", 503,
                "the dispatch service did not answer; your action was not applied", null).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return new Problem("urn:fleet:problem:validation", "Invalid request", 400, "the body is not valid JSON", null)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return new Problem("about:blank", known == null ? "HTTP " + status : known.getReasonPhrase(), status,
                e.getMessage(), null).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "incident %s", incident);
        return new Problem("urn:fleet:problem:internal", "Internal error", 500, "incident " + incident, null)
                .toResponse();
    }
}
