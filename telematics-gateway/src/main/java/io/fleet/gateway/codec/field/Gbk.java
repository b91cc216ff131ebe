package io.fleet.gateway.codec.field;

import io.netty.buffer.ByteBuf;

import java.nio.charset.Charset;

/** GBK strings: every text field of JT/T 808 is GBK, in fixed-width, length-prefixed or rest-of-body form. */
public final class Gbk {

    public static final Charset CHARSET = Charset.forName("GBK");

    private Gbk() {
    }

    /** A fixed-width field; the NUL padding terminals append (or prepend) is not part of the value. */
    public static String readFixed(ByteBuf in, int length) {
        int start = in.readerIndex();
        int end = start + length;
        int first = start;
        while (first < end && in.getByte(first) == 0) {
            first++;
        }
        int last = end;
        while (last > first && in.getByte(last - 1) == 0) {
            last--;
        }
        String value = in.toString(first, last - first, CHARSET);
        in.skipBytes(length);
        return value;
    }

    /** Writes {@code value} NUL-padded on the right to exactly {@code length} bytes. */
    public static void writeFixed(ByteBuf out, String value, int length) {
        byte[] bytes = bytes(value);
        if (bytes.length > length) {
            throw new IllegalArgumentException("'" + value + "' is longer than " + length + " GBK bytes");
        }
        out.writeBytes(bytes);
        out.writeZero(length - bytes.length);
    }

    /** A string preceded by its byte length in one byte. */
    public static String readByteLengthPrefixed(ByteBuf in) {
        return readString(in, in.readUnsignedByte());
    }

    public static void writeByteLengthPrefixed(ByteBuf out, String value) {
        byte[] bytes = bytes(value);
        out.writeByte(checkFits(bytes.length, 0xff));
        out.writeBytes(bytes);
    }

    /** A string preceded by its byte length in a WORD (2019 area names). */
    public static String readWordLengthPrefixed(ByteBuf in) {
        return readString(in, in.readUnsignedShort());
    }

    public static void writeWordLengthPrefixed(ByteBuf out, String value) {
        byte[] bytes = bytes(value);
        out.writeShort(checkFits(bytes.length, 0xffff));
        out.writeBytes(bytes);
    }

    /** The rest of the body as text. */
    public static String readRest(ByteBuf in) {
        return readString(in, in.readableBytes());
    }

    public static String readString(ByteBuf in, int length) {
        String value = in.toString(in.readerIndex(), length, CHARSET);
        in.skipBytes(length);
        return value;
    }

    public static void write(ByteBuf out, String value) {
        out.writeBytes(bytes(value));
    }

    public static byte[] bytes(String value) {
        return value == null ? new byte[0] : value.getBytes(CHARSET);
    }

    private static int checkFits(int length, int max) {
        if (length > max) {
            throw new IllegalArgumentException("string of " + length + " bytes exceeds its length prefix");
        }
        return length;
    }
}
