package io.fleet.gateway.codec.message.location;

import java.util.Set;

/**
 * Single-bit status flags of a location report (table 25). Bits 8–9 are the two-bit load state, see
 * {@link LocationReport#loadState()}.
 */
public enum StatusFlag implements BitFlag {
    ACC_ON(0),
    POSITIONED(1),
    SOUTH_LATITUDE(2),
    WEST_LONGITUDE(3),
    OUT_OF_SERVICE(4),
    COORDINATES_ENCRYPTED(5),
    OIL_CIRCUIT_CUT(10),
    ELECTRIC_CIRCUIT_CUT(11),
    DOORS_LOCKED(12),
    DOOR_1_OPEN(13),
    DOOR_2_OPEN(14),
    DOOR_3_OPEN(15),
    DOOR_4_OPEN(16),
    DOOR_5_OPEN(17),
    GPS_USED(18),
    BEIDOU_USED(19),
    GLONASS_USED(20),
    GALILEO_USED(21),
    MOVING(22);

    private final int bit;

    StatusFlag(int bit) {
        this.bit = bit;
    }

    @Override
    public long mask() {
        return 1L << bit;
    }

    public static Set<StatusFlag> fromBits(long bits) {
        return BitFlag.fromBits(StatusFlag.class, bits);
    }

    public static long toBits(Set<StatusFlag> flags) {
        return BitFlag.toBits(flags);
    }
}
