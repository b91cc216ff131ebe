package io.fleet.mobile;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fleet")
public interface MobileConfig {

    Redis redis();

    Idempotency idempotency();

    Dispatch dispatch();

    Tokens tokens();

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

    interface Dispatch {
        /** Base URL of dispatch-service, the one owner of trip data; FLEET_DISPATCH_URL. */
        @WithDefault("http://localhost:8080")
        String url();

        /** How long one call to dispatch-service may take before the phone is told to retry. */
        @WithDefault("PT10S")
        Duration timeout();
    }

    interface Tokens {
        /** Directory of the token signing key pair, made on first start; FLEET_KEYS_DIR. Never in the repository. */
        @WithDefault("var/keys")
        String keysDir();

        /** How long a sign-in lasts (a shift and some); FLEET_TOKEN_TTL. */
        @WithDefault("PT16H")
        Duration ttl();
    }
}
