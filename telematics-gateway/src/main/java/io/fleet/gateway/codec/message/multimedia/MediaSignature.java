package io.fleet.gateway.codec.message.multimedia;

import io.netty.buffer.ByteBuf;

/** File signatures of the multimedia formats of 0x0800/0x0801 (0 JPEG, 1 TIF, 2 MP3, 3 WAV, 4 WMV). */
final class MediaSignature {

    private static final int[][] JPEG = {{0xff, 0xd8}};
    private static final int[][] TIF = {{0x49, 0x49, 0x2a, 0x00}, {0x4d, 0x4d, 0x00, 0x2a}};
    private static final int[][] MP3 = {{0x49, 0x44, 0x33}, {0xff, 0xfb}, {0xff, 0xf3}, {0xff, 0xf2}};
    private static final int[][] WAV = {{0x52, 0x49, 0x46, 0x46}};
    private static final int[][] WMV = {{0x30, 0x26, 0xb2, 0x75}};

    private MediaSignature() {
    }

    /** Whether the bytes at {@code offset} start a file of {@code format}; false for unknown formats. */
    static boolean matches(int format, ByteBuf in, int offset) {
        int[][] signatures = switch (format) {
            case 0 -> JPEG;
            case 1 -> TIF;
            case 2 -> MP3;
            case 3 -> WAV;
            case 4 -> WMV;
            default -> new int[0][];
        };
        for (int[] signature : signatures) {
            if (startsWith(in, offset, signature)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(ByteBuf in, int offset, int[] signature) {
        if (offset + signature.length > in.writerIndex()) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (in.getUnsignedByte(offset + i) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
