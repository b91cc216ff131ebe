package io.fleet.dispatch.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What a kilometre costs beyond what drivers record on trips. Recorded trip expenses (fuel, charging, tolls, parking,
 * other) are taken as they are; running costs nobody records per trip (maintenance, tyres, insurance, depreciation)
 * are charged per kilometre driven, by energy. application.properties maps both to environment variables (README).
 */
@ConfigMapping(prefix = "fleet.evaluation")
public interface CostModel {

    /** Running cost of a fuel car, fen (0.01 yuan) per km. */
    @WithDefault("60")
    int fuelCentsPerKm();

    /** Running cost of a new-energy car, fen per km (fewer moving parts, less servicing). */
    @WithDefault("40")
    int newEnergyCentsPerKm();

    default int centsPerKm(boolean newEnergy) {
        return newEnergy ? newEnergyCentsPerKm() : fuelCentsPerKm();
    }
}
