package io.fleet.gateway.codec.message;

import io.fleet.gateway.codec.frame.Checksum;
import io.fleet.gateway.codec.frame.FrameEscaping;
import io.fleet.gateway.codec.header.HeaderCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Writes a {@link Jt808Message} as an on-wire frame: 0x7e, escaped header + body + check code, 0x7e. The body
 * length in the header is computed from the encoded body; everything else comes from the message's header.
 */
public final class MessageFrameWriter {

    private final BodyCodecRegistry registry;

    public MessageFrameWriter(BodyCodecRegistry registry) {
        this.registry = registry;
    }

    public static MessageFrameWriter standard() {
        return new MessageFrameWriter(BodyCodecRegistry.standard());
    }

    public void write(Jt808Message message, ByteBuf out, ByteBufAllocator alloc) {
        ByteBuf plain = alloc.buffer(64);
        try {
            writeUnescaped(message, plain);
            out.writeByte(FrameEscaping.FLAG);
            FrameEscaping.escape(plain, out);
            out.writeByte(FrameEscaping.FLAG);
        } finally {
            plain.release();
        }
    }

    /** Header, body and check code without escaping or delimiters: what the frame decoder emits. */
    public void writeUnescaped(Jt808Message message, ByteBuf out) {
        int start = out.writerIndex();
        HeaderCodec.write(out, message.header(), 0);
        int bodyStart = out.writerIndex();
        registry.encode(message.body(), out, message.header());
        int bodyLength = out.writerIndex() - bodyStart;
        if (bodyLength > HeaderCodec.MAX_BODY_LENGTH) {
            out.writerIndex(start);
            throw new IllegalArgumentException("body of " + bodyLength + " bytes needs subpackaging (max "
                    + HeaderCodec.MAX_BODY_LENGTH + ")");
        }
        out.setShort(start + 2, out.getUnsignedShort(start + 2) | bodyLength);
        out.writeByte(Checksum.xor(out, start, out.writerIndex() - start));
    }
}
