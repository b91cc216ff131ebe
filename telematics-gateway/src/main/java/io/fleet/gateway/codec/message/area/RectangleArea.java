package io.fleet.gateway.codec.message.area;

/** One rectangle of 0x8602: upper-left and lower-right corners in 1e-6 degrees. */
public record RectangleArea(long id, long topLatitudeMicros, long leftLongitudeMicros, long bottomLatitudeMicros,
                            long rightLongitudeMicros, AreaRules rules) {
}
