package io.fleet.dispatch.supervision.rule;

import java.util.Map;

/**
 * The rules, with the defaults of their thresholds. An organisation's setting row overrides them field by field;
 * WORKING_HOURS is a setting, not a rule, and is kept in the same table so it is inherited the same way.
 */
public enum RuleKey {
    NO_TRIP(Map.of("minDistanceM", 1000, "minMinutes", 5, "toleranceMinutes", 30, "mergeMinutes", 30)),
    OFF_HOURS(Map.of("minDistanceM", 1000, "minMinutes", 5, "toleranceMinutes", 30, "mergeMinutes", 30)),
    REGION(Map.of("minMinutes", 5, "toleranceMinutes", 30, "mergeMinutes", 30)),
    FORBIDDEN_DWELL(Map.of("dwellMinutes", 15, "toleranceMinutes", 30, "mergeMinutes", 30)),
    HOME_LOT(Map.of("checkTime", "02:00", "toleranceM", 50, "sealingMinMinutes", 10, "toleranceMinutes", 30,
            "mergeMinutes", 30)),
    TAMPERING(Map.of("alarmMask", 0x160, "gapMinutes", 10, "gapDisplacementM", 2000, "jumpCount", 3,
            "jumpWindowMinutes", 30, "jumpSpeedKmh", 200, "jumpMinM", 1000, "mergeMinutes", 30)),
    SPEEDING(Map.of("limits", Map.of("SEDAN", 120, "SUV", 120, "MPV", 110, "MINIBUS", 100, "ENFORCEMENT", 120,
            "SPECIAL", 80), "tolerancePercent", 10, "minSeconds", 30, "mergeMinutes", 10)),
    ROUTE_DEVIATION(Map.of("corridorM", 500, "minMinutes", 5, "destinationRadiusM", 300, "toleranceMinutes", 30,
            "mergeMinutes", 10)),
    DISTANCE_MISMATCH(Map.of("tolerancePercent", 15, "minDifferenceKm", 2, "toleranceMinutes", 30,
            "mergeMinutes", 0)),
    WORKING_HOURS(Map.of("start", "08:30", "end", "17:30"));

    private final Map<String, Object> defaults;

    RuleKey(Map<String, Object> defaults) {
        this.defaults = defaults;
    }

    public Map<String, Object> defaults() {
        return defaults;
    }

    public boolean isRule() {
        return this != WORKING_HOURS;
    }

    public static RuleKey parse(String text) {
        for (RuleKey key : values()) {
            if (key.name().equalsIgnoreCase(text)) {
                return key;
            }
        }
        return null;
    }
}
