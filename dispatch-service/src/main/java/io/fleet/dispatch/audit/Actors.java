package io.fleet.dispatch.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.fleet.dispatch.security.Caller;
import io.fleet.dispatch.security.CurrentCaller;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who acts and from where, for every trail: the signed-in caller ApiGuard put on the request. A name in a request
 * body ({@code actor}, kept in bodies for older clients) is never believed.
 */
@ApplicationScoped
public class Actors {

    private final CurrentCaller caller;
    private final CurrentVertxRequest request;
    private final Set<String> trustedProxies;

    Actors(CurrentCaller caller, CurrentVertxRequest request, AuditConfig config) {
        this.caller = caller;
        this.request = request;
        this.trustedProxies = config.trustedProxies().orElse(List.of()).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    public Actor current() {
        return Actor.of(caller.orNull());
    }

    /** The caller's username for the trails' actor columns; "system" without a caller. */
    public String name() {
        Caller c = caller.orNull();
        return c == null ? Actor.SYSTEM.username() : c.username();
    }

    /**
     * The caller's username; without a caller, the name the service's own code gives the work it does (a scheduled
     * round's "supervision", the public form's "citizen"). Never a name a client sent.
     */
    public String nameOr(String system) {
        Caller c = caller.orNull();
        return c != null ? c.username() : system == null || system.isBlank() ? Actor.SYSTEM.username() : system;
    }

    /**
     * The client's address: the connection's peer, or, when the peer is loopback or a configured proxy (mobile-api
     * forwards the phone's address), the last address the proxy appended to X-Forwarded-For. Null outside a request.
     */
    public String clientAddress() {
        RoutingContext ctx;
        try {
            ctx = request.getCurrent();
        } catch (RuntimeException e) {
            return null;
        }
        if (ctx == null) {
            return null;
        }
        SocketAddress peer = ctx.request().remoteAddress();
        String peerHost = peer == null ? null : peer.hostAddress();
        String forwarded = ctx.request().getHeader("X-Forwarded-For");
        if (forwarded != null && peerHost != null && trusted(peerHost)) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 64) {
                return last;
            }
        }
        return peerHost;
    }

    private boolean trusted(String host) {
        if (trustedProxies.contains(host)) {
            return true;
        }
        try {
            // a literal address only: hostAddress() is never a name, so this does no DNS lookup
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
