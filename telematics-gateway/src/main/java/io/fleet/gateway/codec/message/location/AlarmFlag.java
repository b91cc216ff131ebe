package io.fleet.gateway.codec.message.location;

import java.util.Set;

/** Alarm DWORD bits of a location report (JT/T 808-2019 table 24; 2013 leaves 15–17 reserved). */
public enum AlarmFlag implements BitFlag {
    EMERGENCY(0),
    OVERSPEED(1),
    FATIGUE_DRIVING(2),
    DANGEROUS_DRIVING(3),
    GNSS_MODULE_FAULT(4),
    GNSS_ANTENNA_DISCONNECTED(5),
    GNSS_ANTENNA_SHORT_CIRCUIT(6),
    MAIN_POWER_LOW_VOLTAGE(7),
    MAIN_POWER_OFF(8),
    DISPLAY_FAULT(9),
    TTS_FAULT(10),
    CAMERA_FAULT(11),
    IC_CARD_MODULE_FAULT(12),
    OVERSPEED_WARNING(13),
    FATIGUE_DRIVING_WARNING(14),
    ILLEGAL_DRIVING(15),
    TIRE_PRESSURE_WARNING(16),
    RIGHT_TURN_BLIND_SPOT(17),
    DAILY_DRIVING_TIMEOUT(18),
    PARKING_TIMEOUT(19),
    AREA_ENTRY_EXIT(20),
    ROUTE_ENTRY_EXIT(21),
    ROUTE_DRIVING_TIME(22),
    ROUTE_DEVIATION(23),
    VSS_FAULT(24),
    FUEL_ABNORMAL(25),
    VEHICLE_STOLEN(26),
    ILLEGAL_IGNITION(27),
    ILLEGAL_DISPLACEMENT(28),
    COLLISION(29),
    ROLLOVER(30),
    ILLEGAL_DOOR_OPENING(31);

    private final int bit;

    AlarmFlag(int bit) {
        this.bit = bit;
    }

    public int bit() {
        return bit;
    }

    @Override
    public long mask() {
        return 1L << bit;
    }

    public static Set<AlarmFlag> fromBits(long bits) {
        return BitFlag.fromBits(AlarmFlag.class, bits);
    }

    public static long toBits(Set<AlarmFlag> flags) {
        return BitFlag.toBits(flags);
    }
}
