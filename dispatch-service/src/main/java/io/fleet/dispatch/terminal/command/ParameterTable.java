package io.fleet.dispatch.terminal.command;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The terminal parameters (JT/T 808-2013/2019, table 12) the platform may set, with each value's type. An id not
 * here is refused: a typo must not reach a car. Parameters that move the terminal's connection elsewhere or let
 * someone listen in (server addresses, APN, ports, the monitoring and privileged phone numbers) are dangerous:
 * setting them waits for a second person, like a power cut-off.
 */
final class ParameterTable {

    enum Type { BYTE, WORD, DWORD, STRING }

    private static final Map<Long, Type> TYPES = new HashMap<>();
    private static final Set<Long> DANGEROUS = Set.of(0x0010L, 0x0011L, 0x0012L, 0x0013L, 0x0014L, 0x0015L, 0x0016L,
            0x0017L, 0x0018L, 0x0019L, 0x001AL, 0x001BL, 0x001CL, 0x001DL, 0x0048L, 0x0049L);

    static {
        dword(0x0001, 0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x0007, 0x0018, 0x0019, 0x001B, 0x001C, 0x0020, 0x0021,
                0x0022, 0x0027, 0x0028, 0x0029, 0x002C, 0x002D, 0x002E, 0x002F, 0x0030, 0x0045, 0x0046, 0x0047, 0x0050,
                0x0051, 0x0052, 0x0053, 0x0054, 0x0055, 0x0056, 0x0057, 0x0058, 0x0059, 0x005A, 0x0064, 0x0065, 0x0070,
                0x0071, 0x0072, 0x0073, 0x0074, 0x0080, 0x0093, 0x0095, 0x0100, 0x0102);
        for (long id : new long[] {0x0031, 0x005B, 0x005C, 0x005D, 0x005E, 0x0081, 0x0082, 0x0101, 0x0103}) {
            TYPES.put(id, Type.WORD);
        }
        for (long id : new long[] {0x0084, 0x0090, 0x0091, 0x0092, 0x0094}) {
            TYPES.put(id, Type.BYTE);
        }
        for (long id : new long[] {0x0010, 0x0011, 0x0012, 0x0013, 0x0014, 0x0015, 0x0016, 0x0017, 0x001A, 0x001D,
                0x0040, 0x0041, 0x0042, 0x0043, 0x0044, 0x0048, 0x0049, 0x0083}) {
            TYPES.put(id, Type.STRING);
        }
    }

    private ParameterTable() {
    }

    private static void dword(long... ids) {
        for (long id : ids) {
            TYPES.put(id, Type.DWORD);
        }
    }

    /** The value type of a parameter id, or null when the platform does not set it. */
    static Type typeOf(long id) {
        return TYPES.get(id);
    }

    static boolean dangerous(long id) {
        return DANGEROUS.contains(id);
    }
}
