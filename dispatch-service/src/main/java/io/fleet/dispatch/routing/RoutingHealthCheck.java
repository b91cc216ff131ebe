package io.fleet.dispatch.routing;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the road graph is loaded: no travel time, route or proposal can be given without it. */
@Readiness
@ApplicationScoped
public class RoutingHealthCheck implements HealthCheck {

    private final RoutingService routing;

    RoutingHealthCheck(RoutingService routing) {
        this.routing = routing;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("routing")
                .status(routing.state() == RoutingService.State.READY)
                .withData("state", routing.state().name());
        if (routing.state() == RoutingService.State.READY) {
            RoadNetwork network = routing.ready().network();
            builder.withData("extract", network.extract().getFileName().toString())
                    .withData("junctions", network.junctions());
        } else if (routing.failure() != null) {
            builder.withData("error", routing.failure());
        }
        return builder.build();
    }
}
