package io.fleet.dispatch.notification;

import io.fleet.dispatch.security.Caller;
import io.fleet.dispatch.security.CurrentCaller;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/api/notifications")
@Tag(name = "Notifications", description = "New alarms and complaint deadline reminders pushed to the console")
public class NotificationResource {

    private final NotificationFeed feed;
    private final CurrentCaller caller;

    NotificationResource(NotificationFeed feed, CurrentCaller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @GET
    @Path("/stream")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: supervision notifications (to supervisors and administrators) and "
            + "complaint deadline reminders (to complaint handlers) of the caller's subtree, as they happen")
    public Multi<Notice> stream() {
        Caller c = caller.require();
        return feed.stream(c.roles(), c.orgPath());
    }
}
