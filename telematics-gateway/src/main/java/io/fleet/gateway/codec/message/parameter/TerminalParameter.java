package io.fleet.gateway.codec.message.parameter;

import io.fleet.gateway.codec.field.Gbk;
import io.fleet.gateway.codec.field.Hex;

import java.util.Set;

/**
 * One terminal parameter (id DWORD, length BYTE, value) of 0x8103 / 0x0104. The value is kept as sent; the
 * typed views follow the parameter table of the standard.
 */
public record TerminalParameter(long id, byte[] value) {

    public static final long HEARTBEAT_INTERVAL = 0x0001;
    public static final long MAIN_SERVER_ADDRESS = 0x0013;
    public static final long SERVER_TCP_PORT = 0x0018;
    public static final long DEFAULT_REPORT_INTERVAL = 0x0029;
    public static final long MAX_SPEED = 0x0055;
    public static final long PLATE_NUMBER = 0x0083;

    /** Ids whose value is a GBK string; every other 1-, 2- or 4-byte value is an unsigned integer. */
    private static final Set<Long> STRING_IDS = Set.of(0x0010L, 0x0011L, 0x0012L, 0x0013L, 0x0014L, 0x0015L,
            0x0016L, 0x0017L, 0x001aL, 0x001dL, 0x0040L, 0x0041L, 0x0042L, 0x0043L, 0x0044L, 0x0048L, 0x0049L,
            0x0083L);

    public static TerminalParameter ofDword(long id, long value) {
        return new TerminalParameter(id, new byte[] {(byte) (value >>> 24), (byte) (value >>> 16),
                (byte) (value >>> 8), (byte) value});
    }

    public static TerminalParameter ofString(long id, String value) {
        return new TerminalParameter(id, Gbk.bytes(value));
    }

    public boolean isString() {
        return STRING_IDS.contains(id);
    }

    public boolean isNumber() {
        return !isString() && (value.length == 1 || value.length == 2 || value.length == 4);
    }

    /** The value as an unsigned big-endian integer (for 1-, 2- and 4-byte values). */
    public long asLong() {
        long result = 0;
        for (byte b : value) {
            result = result << 8 | (b & 0xff);
        }
        return result;
    }

    public String asString() {
        return new String(value, Gbk.CHARSET);
    }

    /** String, number or hex, whichever the parameter table says the value is. */
    public Object typedValue() {
        return isString() ? asString() : isNumber() ? (Object) asLong() : Hex.encode(value);
    }

    @Override
    public String toString() {
        return "TerminalParameter[0x" + Long.toHexString(id) + "=" + typedValue() + "]";
    }
}
