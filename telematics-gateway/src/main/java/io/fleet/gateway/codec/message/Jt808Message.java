package io.fleet.gateway.codec.message;

import io.fleet.gateway.codec.DecodedFrame;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.terminal.TerminalRegistration;

import java.util.Objects;

/**
 * A valid JT/T 808 message: header plus typed body. Immutable; the same type goes up and down the pipeline.
 *
 * @param received the body bytes exactly as the terminal sent them (after reassembly and decryption), or null for
 *                 a message we built. Kept so what is stored is what was sent, even where a typed body cannot
 *                 reproduce it (an impossible BCD time, a string that is not GBK). Not part of equality.
 */
public record Jt808Message(MessageHeader header, MessageBody body, byte[] received) implements DecodedFrame {

    public Jt808Message {
        if (header.messageId() != body.messageId()) {
            throw new IllegalArgumentException("header id " + header.messageId() + " != body id " + body.messageId());
        }
    }

    public Jt808Message(MessageHeader header, MessageBody body) {
        this(header, body, null);
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Jt808Message that && header.equals(that.header) && body.equals(that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, body);
    }

    @Override
    public String toString() {
        return "Jt808Message[header=" + header + ", body=" + body + "]";
    }
}
