package io.fleet.gateway.server;

import io.fleet.gateway.server.redis.StreamAppender;
import org.junit.jupiter.api.AfterAll;

import java.util.function.Function;

/**
 * One gateway on loopback per test class, with the real local Redis under a key prefix of its own that is deleted
 * afterwards. Test classes run one after another (surefire's default), so the static fields are the current one's.
 */
abstract class GatewayTestBase {

    static RedisFixture redis;
    static GatewayServer gateway;

    /** Starts a gateway with the configuration built from this class's key prefix. */
    static void startGateway(Function<String, GatewayConfig> config) throws InterruptedException {
        redis = new RedisFixture();
        gateway = GatewayServer.start(config.apply(redis.prefix));
    }

    /** The same, with uplink stream appends going to {@code appender} instead of Redis. */
    static void startGateway(Function<String, GatewayConfig> config, StreamAppender appender)
            throws InterruptedException {
        redis = new RedisFixture();
        gateway = GatewayServer.start(config.apply(redis.prefix), appender);
    }

    @AfterAll
    static void stopGateway() {
        if (gateway != null) {
            gateway.close();
        }
        if (redis != null) {
            redis.close();
        }
        gateway = null;
        redis = null;
    }
}
