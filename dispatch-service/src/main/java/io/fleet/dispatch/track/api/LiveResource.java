package io.fleet.dispatch.track.api;

import java.util.List;

import io.fleet.dispatch.track.OrgScope;
import io.fleet.dispatch.track.live.LiveFeed;
import io.fleet.dispatch.track.live.LivePosition;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/api/live")
@Tag(name = "Live positions", description = "Newest position of each vehicle, and a push stream of new ones")
public class LiveResource {

    private final LiveFeed feed;
    private final OrgScope scope;

    LiveResource(LiveFeed feed, OrgScope scope) {
        this.feed = feed;
        this.scope = scope;
    }

    @GET
    @Blocking
    @Operation(summary = "Newest position of every vehicle of an organisation's subtree (all when org is omitted)")
    public List<LivePosition> snapshot(@QueryParam("org") Long org) {
        return feed.snapshot(scope.pathOf(org));
    }

    @GET
    @Path("/stream")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: one JSON position per event as each vehicle reports")
    public Multi<LivePosition> stream(@QueryParam("org") Long org) {
        return feed.stream(scope.pathOf(org));
    }
}
