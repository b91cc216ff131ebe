package io.fleet.dispatch.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.common.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The wall in front of {@code /api/}: every request there needs a valid token (the {@code Authorization: Bearer}
 * header or the {@code fleet_session} cookie, so the console's fetch and EventSource calls need only the cookie),
 * and a rule of the permission matrix that lets one of the caller's roles through. A Vert.x filter rather than a
 * JAX-RS one so it covers every route under /api whatever serves it (REST, SSE, anything added later); what is not
 * in the matrix is refused. 401 for no, bad, expired or signed-out tokens; 403 for a role the matrix does not allow.
 */
@ApplicationScoped
public class ApiGuard {

    private static final Logger LOG = Logger.getLogger(ApiGuard.class);
    public static final String COOKIE = "fleet_session";
    public static final String UNAUTHORIZED = "urn:fleet:problem:unauthorized";
    public static final String FORBIDDEN = "urn:fleet:problem:forbidden";

    private final Tokens tokens;
    private final ObjectMapper json;

    ApiGuard(Tokens tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    /** Runs before every route (a high priority runs first), static files and the REST endpoints alike. */
    void register(@Observes Filters filters) {
        filters.register(this::guard, 1000);
    }

    void guard(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            ctx.next();
            return;
        }
        String method = ctx.request().method().name();
        Permissions.Rule rule = Permissions.match(method, path);
        if (rule != null && rule.open()) {
            ctx.next();
            return;
        }
        String token = token(ctx);
        if (token == null) {
            refuse(ctx, 401, UNAUTHORIZED, "Not signed in", "sign in first");
            return;
        }
        Caller caller = tokens.verify(token);
        if (caller == null) {
            refuse(ctx, 401, UNAUTHORIZED, "Not signed in", "the sign-in is not valid or has expired; sign in again");
            return;
        }
        // The deny-list is in Redis: look it up off the event loop, holding the request body meanwhile.
        ctx.request().pause();
        ctx.vertx().<Boolean>executeBlocking(() -> tokens.revoked(caller), false).onComplete(result -> {
            ctx.request().resume();
            if (result.failed()) {
                LOG.warnf(result.cause(), "cannot check the sign-out list");
                refuse(ctx, 503, "about:blank", "Service Unavailable", "cannot check the sign-in now; try again");
            } else if (result.result()) {
                refuse(ctx, 401, UNAUTHORIZED, "Not signed in", "signed out; sign in again");
            } else if (rule == null) {
                refuse(ctx, 403, FORBIDDEN, "Forbidden", "no role may call " + method + " " + path);
            } else if (!rule.allows(caller.roles())) {
                refuse(ctx, 403, FORBIDDEN, "Forbidden", "the roles " + caller.roles() + " may not call " + method
                        + " " + rule.pattern());
            } else {
                ctx.put(Caller.KEY, caller);
                ctx.next();
            }
        });
    }

    static String token(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String t = authorization.substring(7).strip();
            return t.isEmpty() ? null : t;
        }
        Cookie cookie = ctx.request().getCookie(COOKIE);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    private void refuse(RoutingContext ctx, int status, String type, String title, String detail) {
        String body;
        try {
            body = json.writeValueAsString(new Problem(type, title, status, detail, null));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        var response = ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        response.end(body);
    }
}
