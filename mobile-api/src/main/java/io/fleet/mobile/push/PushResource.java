package io.fleet.mobile.push;

import io.fleet.mobile.auth.Session;
import io.fleet.mobile.auth.Tokens;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Server-sent events of the signed-in account's trip changes. The token may come as a query parameter because the
 * browser's EventSource cannot set headers. Each event's id is its inbox id: the browser sends the last one back as
 * Last-Event-ID when it reconnects, and the app keeps it to pass as {@code after} when it starts again.
 */
@Path("/api/push")
@Tag(name = "Push", description = "New assignments, changes and cancellations as they happen, with catch-up")
public class PushResource {

    private final Tokens tokens;
    private final InboxHub hub;

    PushResource(Tokens tokens, InboxHub hub) {
        this.tokens = tokens;
        this.hub = hub;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Events 'trip' (requestId, action, state, version, actor, at, summary) after the given inbox id")
    public void stream(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("token") String token,
            @HeaderParam("Last-Event-ID") String lastEventId, @QueryParam("after") String after,
            @Context SseEventSink sink, @Context Sse sse) {
        Session s = token != null ? tokens.check(token) : tokens.require(authorization);
        hub.connect(s.accountId(), lastEventId != null ? lastEventId : after, sink, sse);
    }
}
