package io.fleet.gateway.codec.field;

import java.util.HexFormat;

/** Lower-case hex, as logs, JSON and test vectors use it. */
public final class Hex {

    private static final HexFormat FORMAT = HexFormat.of();

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    /** Parses hex ignoring whitespace and case; throws IllegalArgumentException on anything else. */
    public static byte[] decode(String hex) {
        String compact = hex.replaceAll("\\s+", "");
        return FORMAT.parseHex(compact);
    }

    /** {@code 0x0200}: the message id form used in JSON and logs. */
    public static String messageId(int id) {
        return String.format("0x%04x", id);
    }

    public static String itemId(int id) {
        return String.format("0x%02x", id);
    }
}
