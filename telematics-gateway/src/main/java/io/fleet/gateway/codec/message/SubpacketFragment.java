package io.fleet.gateway.codec.message;

import io.fleet.gateway.codec.field.Hex;

/**
 * One packet of a multi-part message, body not yet decodable; the header carries total and index.
 * {@code SubpacketAssembler} joins them into the real message.
 */
public record SubpacketFragment(int messageId, byte[] bytes) implements MessageBody {

    @Override
    public String toString() {
        return "SubpacketFragment[" + Hex.messageId(messageId) + ", " + bytes.length + " bytes]";
    }
}
