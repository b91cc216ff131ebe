package io.fleet.gateway.codec.message.driver;

import io.fleet.gateway.codec.field.BcdTime;
import io.fleet.gateway.codec.field.Gbk;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.MessageIds;
import io.netty.buffer.ByteBuf;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Body codec of 0x0702 driver identity. */
public final class DriverCodecs {

    private static final int CERTIFICATE_WIDTH = 20;
    private static final int ID_CARD_WIDTH = 20;

    private DriverCodecs() {
    }

    public static void register(BodyCodecRegistry.Builder registry) {
        registry.register(MessageIds.DRIVER_IDENTITY, DriverIdentity.class, DriverCodecs::decodeIdentity,
                DriverCodecs::encodeIdentity);
    }

    static DriverIdentity decodeIdentity(ByteBuf in, MessageHeader header) {
        int status = in.readUnsignedByte();
        OffsetDateTime time = BcdTime.readDateTime(in);
        if (!in.isReadable()) {
            return new DriverIdentity(status, time, null, null, null, null, null, null);
        }
        int result = in.readUnsignedByte();
        if (!in.isReadable()) {
            return new DriverIdentity(status, time, result, null, null, null, null, null);
        }
        String name = Gbk.readByteLengthPrefixed(in);
        String certificate = Gbk.readFixed(in, CERTIFICATE_WIDTH);
        String authority = Gbk.readByteLengthPrefixed(in);
        LocalDate expiry = BcdTime.readDate(in);
        String idCard = header.version2019() && in.isReadable() ? Gbk.readFixed(in, ID_CARD_WIDTH) : null;
        return new DriverIdentity(status, time, result, name, certificate, authority, expiry, idCard);
    }

    static void encodeIdentity(DriverIdentity body, ByteBuf out, MessageHeader header) {
        out.writeByte(body.status());
        BcdTime.writeDateTime(out, body.time());
        if (body.cardReadResult() == null) {
            return;
        }
        out.writeByte(body.cardReadResult());
        if (body.name() == null) {
            return;
        }
        Gbk.writeByteLengthPrefixed(out, body.name());
        Gbk.writeFixed(out, body.certificateNumber(), CERTIFICATE_WIDTH);
        Gbk.writeByteLengthPrefixed(out, body.issuingAuthority());
        BcdTime.writeDate(out, body.certificateExpiry());
        if (header.version2019() && body.idCardNumber() != null) {
            Gbk.writeFixed(out, body.idCardNumber(), ID_CARD_WIDTH);
        }
    }
}
