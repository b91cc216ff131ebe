package io.fleet.dispatch.redis;

import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when Redis answers PING: positions, live state and the terminal registry mirror live there. */
@Readiness
@ApplicationScoped
public class RedisHealthCheck implements HealthCheck {

    private final Instance<StatefulRedisConnection<String, String>> redis;

    RedisHealthCheck(Instance<StatefulRedisConnection<String, String>> redis) {
        this.redis = redis;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            String pong = redis.get().sync().ping();
            return HealthCheckResponse.named("redis").status("PONG".equals(pong)).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("redis").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
