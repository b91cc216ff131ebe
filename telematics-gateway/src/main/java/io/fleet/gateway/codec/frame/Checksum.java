package io.fleet.gateway.codec.frame;

import io.netty.buffer.ByteBuf;

/** The check code: XOR of every header and body byte (unescaped). */
public final class Checksum {

    private Checksum() {
    }

    public static int xor(ByteBuf buf, int from, int length) {
        int value = 0;
        for (int i = from, end = from + length; i < end; i++) {
            value ^= buf.getByte(i);
        }
        return value & 0xff;
    }
}
