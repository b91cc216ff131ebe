package io.fleet.gateway.server.metrics;

import io.fleet.gateway.server.redis.RedisLink;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** UP when the terminal port is bound and Redis answers PING in time; otherwise DOWN with the reason. */
public final class HealthCheck {

    /** The outcome; {@code reason} is null when up. */
    public record Status(boolean up, String reason) {
    }

    private final BooleanSupplier tcpBound;
    private final RedisLink redis;
    private final Duration timeout;

    public HealthCheck(BooleanSupplier tcpBound, RedisLink redis, Duration timeout) {
        this.tcpBound = tcpBound;
        this.redis = redis;
        this.timeout = timeout;
    }

    public CompletionStage<Status> check() {
        if (!tcpBound.getAsBoolean()) {
            return CompletableFuture.completedFuture(new Status(false, "terminal port not bound"));
        }
        return redis.call(c -> c.ping()).toCompletableFuture()
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((pong, error) -> error == null && "PONG".equals(pong)
                        ? new Status(true, null)
                        : new Status(false, "redis: " + (error == null ? "unexpected answer " + pong : error)));
    }
}
