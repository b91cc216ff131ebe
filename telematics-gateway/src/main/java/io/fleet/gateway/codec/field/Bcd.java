package io.fleet.gateway.codec.field;

import io.netty.buffer.ByteBuf;

/** Packed BCD as JT/T 808 uses it: two decimal digits per byte, high nibble first. */
public final class Bcd {

    private Bcd() {
    }

    /** Reads {@code length} bytes as digits. Nibbles above 9 are kept as hex letters so nothing is lost. */
    public static String read(ByteBuf in, int length) {
        char[] digits = new char[length * 2];
        for (int i = 0; i < length; i++) {
            int b = in.readUnsignedByte();
            digits[2 * i] = Character.forDigit(b >>> 4, 16);
            digits[2 * i + 1] = Character.forDigit(b & 0x0f, 16);
        }
        return new String(digits);
    }

    /** Writes {@code digits} into exactly {@code length} bytes, left-padding with zeros (phone numbers are right-aligned). */
    public static void write(ByteBuf out, String digits, int length) {
        int width = length * 2;
        if (digits.length() > width) {
            throw new IllegalArgumentException("BCD value " + digits + " does not fit in " + length + " bytes");
        }
        String padded = "0".repeat(width - digits.length()) + digits;
        for (int i = 0; i < length; i++) {
            out.writeByte(nibble(padded.charAt(2 * i)) << 4 | nibble(padded.charAt(2 * i + 1)));
        }
    }

    /** Two-digit BCD byte to its value, or -1 when a nibble is not a decimal digit. */
    public static int toInt(int b) {
        int high = b >>> 4;
        int low = b & 0x0f;
        return high > 9 || low > 9 ? -1 : high * 10 + low;
    }

    public static int fromInt(int value) {
        return (value / 10) << 4 | value % 10;
    }

    private static int nibble(char c) {
        int value = Character.digit(c, 16);
        if (value < 0) {
            throw new IllegalArgumentException("not a BCD digit: " + c);
        }
        return value;
    }
}
