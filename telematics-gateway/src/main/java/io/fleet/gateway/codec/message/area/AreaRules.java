package io.fleet.gateway.codec.message.area;

/**
 * The attribute-dependent part shared by every area type. Present fields depend on the attribute WORD:
 * bit 0 → start/end time, bit 1 → speed limit (and in 2019 a night limit). Times are kept as the 12 BCD digits
 * sent ({@code YYMMDDhhmmss}) because the standard allows zeroed year/month/day fields for daily windows.
 *
 * @param attributes        the attribute WORD (bit 0 time window, bit 1 speed limit, 2–7 alarms to driver/platform
 *                          on entry/exit, 8 south, 9 west, 14 close comms on entry, 15 collect GNSS data)
 * @param startTime         BCD digits, null unless bit 0
 * @param maxSpeedKmh       null unless bit 1
 * @param nightMaxSpeedKmh  2019 only, null unless bit 1
 * @param name              2019 only; null before 2019
 */
public record AreaRules(int attributes, String startTime, String endTime, Integer maxSpeedKmh,
                        Integer overspeedSeconds, Integer nightMaxSpeedKmh, String name) {

    public static final int TIME_WINDOW = 1;
    public static final int SPEED_LIMIT = 1 << 1;

    public boolean hasTimeWindow() {
        return (attributes & TIME_WINDOW) != 0;
    }

    public boolean hasSpeedLimit() {
        return (attributes & SPEED_LIMIT) != 0;
    }
}
