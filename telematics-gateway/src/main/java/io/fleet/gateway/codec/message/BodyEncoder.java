package io.fleet.gateway.codec.message;

import io.fleet.gateway.codec.header.MessageHeader;
import io.netty.buffer.ByteBuf;

/** Writes one message type's body; {@code header} tells the layout (2019 or earlier). */
@FunctionalInterface
public interface BodyEncoder<B extends MessageBody> {
    void encode(B body, ByteBuf out, MessageHeader header);
}
