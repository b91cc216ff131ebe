package io.fleet.gateway.codec.message;

import io.fleet.gateway.codec.DecodedFrame;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.terminal.TerminalRegistration;

/** A valid JT/T 808 message: header plus typed body. Immutable; the same type goes up and down the pipeline. */
public record Jt808Message(MessageHeader header, MessageBody body) implements DecodedFrame {

    public Jt808Message {
        if (header.messageId() != body.messageId()) {
            throw new IllegalArgumentException("header id " + header.messageId() + " != body id " + body.messageId());
        }
    }

    /** A message we originate (platform command or simulated terminal report). */
    public static Jt808Message of(ProtocolVersion version, String phone, int serial, MessageBody body) {
        return new Jt808Message(MessageHeader.of(version, body.messageId(), phone, serial), body);
    }

    public int messageId() {
        return header.messageId();
    }

    /** 2019 from the header; otherwise 2013, or 2011 for a registration body in the 2011 layout. */
    public ProtocolVersion version() {
        if (!header.version2019() && body instanceof TerminalRegistration registration) {
            return registration.layout();
        }
        return header.version();
    }

    public <B extends MessageBody> B body(Class<B> type) {
        return type.cast(body);
    }
}
