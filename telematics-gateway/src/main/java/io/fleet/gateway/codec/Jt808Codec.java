package io.fleet.gateway.codec;

import io.fleet.gateway.codec.frame.FrameEscaping;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageFrameParser;
import io.fleet.gateway.codec.message.MessageFrameWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;

/**
 * The codec without Netty pipeline: bytes in, typed messages out, and back. Thread-safe.
 * <pre>
 * Jt808Codec codec = Jt808Codec.standard();
 * DecodedFrame frame = codec.decodeWire(bytesFromSocket);          // one frame, with or without the 0x7e
 * if (frame instanceof Jt808Message m &amp;&amp; m.body() instanceof LocationReport r) { ... }
 * byte[] wire = codec.encode(Jt808Message.of(V2019, phone, serial, new TextMessage(...)));
 * </pre>
 */
public final class Jt808Codec {

    private static final Jt808Codec STANDARD = new Jt808Codec(BodyCodecRegistry.standard());

    private final MessageFrameParser parser;
    private final MessageFrameWriter writer;

    public Jt808Codec(BodyCodecRegistry registry) {
        this.parser = new MessageFrameParser(registry);
        this.writer = new MessageFrameWriter(registry);
    }

    public static Jt808Codec standard() {
        return STANDARD;
    }

    /** Decodes one on-wire frame: optional 0x7e delimiters, escaped content. */
    public DecodedFrame decodeWire(byte[] wire) {
        int from = wire.length > 0 && wire[0] == FrameEscaping.FLAG ? 1 : 0;
        int to = wire.length > from && wire[wire.length - 1] == FrameEscaping.FLAG ? wire.length - 1 : wire.length;
        ByteBuf escaped = Unpooled.wrappedBuffer(wire, from, to - from);
        if (escaped.indexOf(0, to - from, FrameEscaping.ESCAPE) < 0) {
            return parser.parse(escaped);
        }
        ByteBuf content = Unpooled.buffer(to - from);
        int bad = FrameEscaping.unescape(escaped, 0, to - from, content);
        if (bad >= 0) {
            return new InvalidMessage(InvalidKind.BAD_ESCAPE, "bad escape at offset " + bad, null,
                    ByteBufUtil.getBytes(escaped));
        }
        return parser.parse(content);
    }

    /**
     * Decodes one frame given in either form: on-wire (escaped) first; if that fails and the bytes hold 0x7d or
     * 0x7e, they may be content someone already unescaped (as in Traccar's decoder tests), and that reading wins
     * when it yields a valid message. Otherwise the on-wire rejection is returned.
     */
    public DecodedFrame decodeAnyForm(byte[] bytes) {
        DecodedFrame wire = decodeWire(bytes);
        if (wire instanceof Jt808Message) {
            return wire;
        }
        int from = bytes.length > 0 && bytes[0] == FrameEscaping.FLAG ? 1 : 0;
        int to = bytes.length > from && bytes[bytes.length - 1] == FrameEscaping.FLAG ? bytes.length - 1 : bytes.length;
        ByteBuf inner = Unpooled.wrappedBuffer(bytes, from, to - from);
        if (inner.indexOf(0, to - from, FrameEscaping.FLAG) < 0 && inner.indexOf(0, to - from, FrameEscaping.ESCAPE) < 0) {
            return wire;
        }
        DecodedFrame unescaped = parser.parse(inner);
        return unescaped instanceof Jt808Message ? unescaped : wire;
    }

    /** Decodes already unescaped frame content: header, body and check code, no delimiters. */
    public DecodedFrame decodeUnescaped(byte[] content) {
        return parser.parse(Unpooled.wrappedBuffer(content));
    }

    /** The on-wire frame: 0x7e, escaped header + body + check code, 0x7e. */
    public byte[] encode(Jt808Message message) {
        ByteBuf out = Unpooled.buffer(64);
        writer.write(message, out, UnpooledByteBufAllocator.DEFAULT);
        return ByteBufUtil.getBytes(out);
    }

    /** Header + body + check code, unescaped, without delimiters. */
    public byte[] encodeUnescaped(Jt808Message message) {
        ByteBuf out = Unpooled.buffer(64);
        writer.writeUnescaped(message, out);
        return ByteBufUtil.getBytes(out);
    }

    public MessageFrameParser parser() {
        return parser;
    }

    public MessageFrameWriter writer() {
        return writer;
    }
}
