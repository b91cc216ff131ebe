package io.fleet.gateway.codec.message.text;

import io.fleet.gateway.codec.field.Gbk;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

import static io.fleet.gateway.codec.message.MessageIds.*;

/** Body codecs of text and transparent data: 0x0900 and 0x8300. */
public final class TextCodecs {

    private TextCodecs() {
    }

    public static void register(BodyCodecRegistry.Builder registry) {
        registry.register(TRANSPARENT_UPLINK, TransparentData.class,
                        (in, header) -> new TransparentData(in.readUnsignedByte(), ByteBufUtil.getBytes(in.readSlice(in.readableBytes()))),
                        (body, out, header) -> out.writeByte(body.type()).writeBytes(body.content()))
                .register(TEXT_MESSAGE, TextMessage.class, TextCodecs::decodeText, TextCodecs::encodeText);
    }

    static TextMessage decodeText(ByteBuf in, MessageHeader header) {
        int flags = in.readUnsignedByte();
        Integer type = header.version2019() ? (Integer) (int) in.readUnsignedByte() : null;
        return new TextMessage(flags, type, Gbk.readRest(in));
    }

    static void encodeText(TextMessage body, ByteBuf out, MessageHeader header) {
        out.writeByte(body.flags());
        if (header.version2019()) {
            out.writeByte(body.textType() == null ? 1 : body.textType());
        }
        Gbk.write(out, body.text());
    }
}
