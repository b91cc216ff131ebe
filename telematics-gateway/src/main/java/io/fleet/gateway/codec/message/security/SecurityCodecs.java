package io.fleet.gateway.codec.message.security;

import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.MessageIds;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/** Body codecs of 0x0A00 and 0x8A00 (RSA public keys). */
public final class SecurityCodecs {

    private SecurityCodecs() {
    }

    public static void register(BodyCodecRegistry.Builder registry) {
        registry.register(MessageIds.TERMINAL_RSA_KEY, RsaPublicKey.class,
                        (in, header) -> decode(MessageIds.TERMINAL_RSA_KEY, in), SecurityCodecs::encode)
                .register(MessageIds.PLATFORM_RSA_KEY, RsaPublicKey.class,
                        (in, header) -> decode(MessageIds.PLATFORM_RSA_KEY, in), SecurityCodecs::encode);
    }

    static RsaPublicKey decode(int messageId, ByteBuf in) {
        long exponent = in.readUnsignedInt();
        return new RsaPublicKey(messageId, exponent, ByteBufUtil.getBytes(in.readSlice(RsaPublicKey.MODULUS_BYTES)));
    }

    static void encode(RsaPublicKey body, ByteBuf out, MessageHeader header) {
        out.writeInt((int) body.exponent()).writeBytes(body.modulus());
    }
}
