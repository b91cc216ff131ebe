package io.fleet.gateway.codec.frame;

import io.netty.buffer.ByteBuf;

/**
 * The JT/T 808 transparency rule: inside a frame 0x7e is sent as 0x7d 0x02 and 0x7d as 0x7d 0x01.
 */
public final class FrameEscaping {

    public static final byte FLAG = 0x7e;
    public static final byte ESCAPE = 0x7d;

    private FrameEscaping() {
    }

    /**
     * Unescapes {@code length} bytes of {@code src} starting at {@code from} into {@code dst}.
     *
     * @return -1 on success, otherwise the offset (relative to {@code from}) of the bad escape byte
     */
    public static int unescape(ByteBuf src, int from, int length, ByteBuf dst) {
        int end = from + length;
        for (int i = from; i < end; i++) {
            byte b = src.getByte(i);
            if (b != ESCAPE) {
                dst.writeByte(b);
                continue;
            }
            if (i + 1 == end) {
                return i - from;
            }
            byte next = src.getByte(++i);
            if (next == 0x01) {
                dst.writeByte(ESCAPE);
            } else if (next == 0x02) {
                dst.writeByte(FLAG);
            } else {
                return i - 1 - from;
            }
        }
        return -1;
    }

    /** Writes the readable bytes of {@code src} escaped into {@code dst}, without delimiters. */
    public static void escape(ByteBuf src, ByteBuf dst) {
        for (int i = src.readerIndex(); i < src.writerIndex(); i++) {
            byte b = src.getByte(i);
            if (b == FLAG) {
                dst.writeByte(ESCAPE).writeByte(0x02);
            } else if (b == ESCAPE) {
                dst.writeByte(ESCAPE).writeByte(0x01);
            } else {
                dst.writeByte(b);
            }
        }
    }
}
