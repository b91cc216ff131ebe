package io.fleet.dispatch.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Fleet's own settings; application.properties maps each to an environment variable. Redis: see RedisConfig. */
@ConfigMapping(prefix = "fleet.demo")
public interface FleetConfig {

    /** Loads the demo organisations (and, as features land, vehicles and users) into an empty database. */
    @WithDefault("false")
    boolean enabled();
}
