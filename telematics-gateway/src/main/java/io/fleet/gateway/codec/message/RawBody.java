package io.fleet.gateway.codec.message;

import io.fleet.gateway.codec.field.Hex;

/**
 * A body kept as bytes: unknown or vendor message ids, and bodies that are RSA-encrypted. Re-encodes verbatim.
 */
public record RawBody(int messageId, byte[] bytes) implements MessageBody {

    @Override
    public String toString() {
        return "RawBody[" + Hex.messageId(messageId) + ", " + Hex.encode(bytes) + "]";
    }
}
