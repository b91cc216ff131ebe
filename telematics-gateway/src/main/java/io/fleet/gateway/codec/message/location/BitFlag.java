package io.fleet.gateway.codec.message.location;

import java.util.EnumSet;
import java.util.Set;

/** An enum constant naming one bit of a DWORD (alarm and status words of a location report). */
interface BitFlag {

    long mask();

    static <E extends Enum<E> & BitFlag> Set<E> fromBits(Class<E> type, long bits) {
        EnumSet<E> flags = EnumSet.noneOf(type);
        for (E flag : type.getEnumConstants()) {
            if ((bits & flag.mask()) != 0) {
                flags.add(flag);
            }
        }
        return flags;
    }

    static long toBits(Set<? extends BitFlag> flags) {
        long bits = 0;
        for (BitFlag flag : flags) {
            bits |= flag.mask();
        }
        return bits;
    }
}
