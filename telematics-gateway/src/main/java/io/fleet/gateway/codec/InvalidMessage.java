package io.fleet.gateway.codec;

import io.fleet.gateway.codec.field.Hex;
import io.fleet.gateway.codec.header.MessageHeader;

import java.util.Optional;

/**
 * What the decoders emit instead of throwing: a rejected frame with the reason. Travels down the pipeline like
 * any message so the business handler can log it, count it or answer it, and the connection keeps going.
 *
 * @param header the parsed header when the bytes got that far (lets a handler answer 0x8001 "message error")
 * @param raw    the unescaped frame content, or for {@link InvalidKind#TOO_LONG} its first bytes only
 * @param body   for {@link InvalidKind#MALFORMED_BODY}: the whole body as sent (after reassembly), so a gateway
 *               can store what it cannot read; otherwise null
 */
public record InvalidMessage(InvalidKind kind, String detail, MessageHeader header, byte[] raw, byte[] body)
        implements DecodedFrame {

    public InvalidMessage(InvalidKind kind, String detail, MessageHeader header, byte[] raw) {
        this(kind, detail, header, raw, null);
    }

    /** Cap on the bytes kept from a too-long frame: enough to recognise it, not enough to hurt. */
    public static final int MAX_RAW_KEPT = 64;

    public Optional<MessageHeader> parsedHeader() {
        return Optional.ofNullable(header);
    }

    @Override
    public String toString() {
        return "InvalidMessage[" + kind.code() + ": " + detail + ", raw=" + Hex.encode(raw) + "]";
    }
}
