package io.fleet.mobile;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fleet")
public interface MobileConfig {

    Redis redis();

    Idempotency idempotency();

    interface Redis {
        @WithDefault("redis://localhost:6379")
        String url();

        /** Prefix of every key this service writes; FLEET_REDIS_PREFIX. */
        @WithDefault("fleet:")
        String prefix();
    }

    interface Idempotency {
        /** How long a stored answer is replayed to a retried request. */
        @WithDefault("P2D")
        Duration ttl();
    }
}
