package io.fleet.dispatch.redis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fleet.redis")
public interface RedisConfig {

    /** redis://host:port[/db]; FLEET_REDIS_URL. */
    @WithDefault("redis://localhost:6379")
    String url();

    /** Prefix of every key this service reads or writes, so that deployments and test runs can share one Redis. */
    @WithDefault("fleet:")
    String prefix();
}
