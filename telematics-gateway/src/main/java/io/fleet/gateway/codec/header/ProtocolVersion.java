package io.fleet.gateway.codec.header;

/**
 * Which edition of JT/T 808 a message follows. The header only distinguishes 2019 (version flag set) from
 * earlier; 2011 and 2013 share a header and differ in a few bodies (0x0100), so {@link #V2011} is only
 * ever reported for such a body.
 */
public enum ProtocolVersion {
    V2011("2011"),
    V2013("2013"),
    V2019("2019");

    private final String label;

    ProtocolVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean is2019() {
        return this == V2019;
    }
}
