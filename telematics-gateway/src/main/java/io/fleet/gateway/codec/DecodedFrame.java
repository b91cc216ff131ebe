package io.fleet.gateway.codec;

/** What the message decoder emits per frame: a {@code Jt808Message} or an {@link InvalidMessage}. */
public interface DecodedFrame {
}
