package io.fleet.gateway.codec.message.area;

/** One circle of 0x8600: centre in 1e-6 degrees, radius in metres. */
public record CircleArea(long id, long centerLatitudeMicros, long centerLongitudeMicros, long radiusM,
                         AreaRules rules) {
}
