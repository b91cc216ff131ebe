package io.fleet.gateway.codec;

/** Why a frame was rejected. The lower-case {@link #code()} is what logs, metrics and the decode CLI show. */
public enum InvalidKind {
    /** XOR of header and body differs from the check code byte. */
    BAD_CHECKSUM,
    /** 0x7d followed by something other than 0x01 or 0x02, or ending the frame. */
    BAD_ESCAPE,
    /** Fewer bytes than the header needs, or than the body length it declares. */
    TRUNCATED,
    /** More body bytes than the header declares. */
    LENGTH_MISMATCH,
    /** No closing 0x7e within the maximum frame length. */
    TOO_LONG,
    /** Header and checksum fine, but the body does not fit the layout of its message id. */
    MALFORMED_BODY,
    /** RSA-encrypted body (header bit 10) the platform cannot decrypt: no key, or not encrypted with ours. */
    UNDECRYPTABLE,
    /** Not a frame at all (CLI input that is not hex, for instance). */
    BAD_INPUT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
