package io.fleet.dispatch.registry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The renewal criteria (更新标准); application.properties maps each to an environment variable (README). */
@ConfigMapping(prefix = "fleet.renewal")
public interface RenewalConfig {

    /** A car this many years past its first registration may be renewed (the national rule of thumb: 8). */
    @WithDefault("8")
    int minAgeYears();

    /** A car with this many kilometres on its odometer may be renewed, whatever its age (250,000). */
    @WithDefault("250000")
    int minKm();
}
