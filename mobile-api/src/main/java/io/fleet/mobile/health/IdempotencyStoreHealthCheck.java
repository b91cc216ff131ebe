package io.fleet.mobile.health;

import io.fleet.mobile.idempotency.IdempotencyStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Without Redis no write can be made safe to retry, so the API is not ready to take writes. */
@Readiness
@ApplicationScoped
public class IdempotencyStoreHealthCheck implements HealthCheck {

    private final IdempotencyStore store;

    IdempotencyStoreHealthCheck(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("redis").status(store.ping()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("redis").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
