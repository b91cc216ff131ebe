package io.fleet.gateway.codec.message.location;

import java.util.EnumSet;
import java.util.Set;

/**
 * Single-bit status flags of a location report (table 25). Bits 8–9 are the two-bit load state, see
 * {@link LocationReport#loadState()}.
 */
public enum StatusFlag {
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

    public long mask() {
        return 1L << bit;
    }

    public static Set<StatusFlag> fromBits(long bits) {
        EnumSet<StatusFlag> flags = EnumSet.noneOf(StatusFlag.class);
        for (StatusFlag flag : values()) {
            if ((bits & flag.mask()) != 0) {
                flags.add(flag);
            }
        }
        return flags;
    }

    public static long toBits(Set<StatusFlag> flags) {
        long bits = 0;
        for (StatusFlag flag : flags) {
            bits |= flag.mask();
        }
        return bits;
    }
}
