package io.fleet.dispatch.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.common.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request bodies larger than quarkus.http.limits.max-body-size (2 MB) are refused with 413 as a problem document,
 * like every other refusal: at once from the Content-Length header, before anything is read; a chunked body is cut
 * off by Vert.x when it passes the limit, and that failure is answered the same way.
 */
@ApplicationScoped
public class BodyLimit {

    public static final String TOO_LARGE = "urn:fleet:problem:too-large";

    private final long maxBytes;
    private final ObjectMapper json;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize max,
            ObjectMapper json) {
        this.maxBytes = max.asLongValue();
        this.json = json;
    }

    /** Before ApiGuard (1000): an oversized body is refused before the token is even looked at. */
    void register(@Observes Filters filters) {
        filters.register(this::check, 1100);
    }

    void failures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx);
            } else {
                ctx.next();
            }
        });
    }

    void check(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBytes) {
                    refuse(ctx);
                    return;
                }
            } catch (NumberFormatException e) {
                // Vert.x itself rejects a malformed Content-Length
            }
        }
        ctx.next();
    }

    private void refuse(RoutingContext ctx) {
        String body;
        try {
            body = json.writeValueAsString(new Problem(TOO_LARGE, "Request too large", 413,
                    "the request body is larger than " + maxBytes + " bytes", null));
        } catch (JsonProcessingException e) {
            body = "{\"status\":413}";
        }
        // the rest of the body is not read: close the connection rather than drain it
        ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
