package io.fleet.gateway.codec.header;

/** Body-properties bits 10–12. Only bit 10 (RSA) is defined; other values are reserved but reported, not rejected. */
public enum Encryption {
    NONE,
    RSA,
    RESERVED;

    public static Encryption fromBits(int bits) {
        return switch (bits) {
            case 0 -> NONE;
            case 1 -> RSA;
            default -> RESERVED;
        };
    }
}
