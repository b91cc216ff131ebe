package io.fleet.gateway.codec.frame;

import io.netty.buffer.ByteBuf;
import io.netty.util.ByteProcessor;

/** The check code: XOR of every header and body byte (unescaped). */
public final class Checksum {

    private Checksum() {
    }

    public static int xor(ByteBuf buf, int from, int length) {
        // forEachByte checks bounds once for the range instead of once per byte.
        Xor xor = new Xor();
        buf.forEachByte(from, length, xor);
        return xor.value & 0xff;
    }

    private static final class Xor implements ByteProcessor {
        private int value;

        @Override
        public boolean process(byte b) {
            value ^= b;
            return true;
        }
    }
}
