package io.fleet.dispatch.security;

import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** The caller ApiGuard let through, for the service layer (scoping, audit). */
@ApplicationScoped
public class CurrentCaller {

    private final CurrentVertxRequest request;

    CurrentCaller(CurrentVertxRequest request) {
        this.request = request;
    }

    /** The signed-in caller of the current request, or null outside a request (scheduled jobs, start-up). */
    public Caller orNull() {
        try {
            RoutingContext ctx = request.getCurrent();
            return ctx == null ? null : ctx.get(Caller.KEY);
        } catch (RuntimeException e) {
            return null; // no request context active
        }
    }

    /** The caller; 401 when the request carried none (an open endpoint asking who calls). */
    public Caller require() {
        Caller c = orNull();
        if (c == null) {
            throw new ProblemException(new Problem(ApiGuard.UNAUTHORIZED, "Not signed in", 401, "sign in first", null));
        }
        return c;
    }
}
