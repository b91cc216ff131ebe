package io.fleet.gateway.codec.message;

import io.fleet.gateway.codec.header.MessageHeader;
import io.netty.buffer.ByteBuf;

/** Decodes one message type's body; {@code body} holds exactly the body bytes. May throw on malformed input. */
@FunctionalInterface
public interface BodyDecoder<B extends MessageBody> {
    B decode(ByteBuf body, MessageHeader header);
}
