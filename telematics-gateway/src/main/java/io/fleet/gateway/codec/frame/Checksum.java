package io.fleet.gateway.codec.frame;

import io.netty.buffer.ByteBuf;

/** The check code: XOR of every header and body byte (unescaped). */
public final class Checksum {

    private Checksum() {
    }

    public static int xor(ByteBuf buf, int from, int length) {
        int value = 0;
        if (buf.hasArray()) {
            // Heap buffers (the usual case): a plain array loop, no per-byte bounds check or leak-tracking hook.
            byte[] array = buf.array();
            for (int i = buf.arrayOffset() + from, end = i + length; i < end; i++) {
                value ^= array[i];
            }
        } else {
            for (int i = from, end = from + length; i < end; i++) {
                value ^= buf.getByte(i);
            }
        }
        return value & 0xff;
    }
}
