package io.fleet.gateway.codec.message.driver;

import io.fleet.gateway.codec.field.BcdTime;
import io.fleet.gateway.codec.field.Gbk;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.MessageIds;
import io.netty.buffer.ByteBuf;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Body codec of 0x0702 driver identity. The 2011 and 2013 layouts share a header, so the layout is told from the
 * body: a 2011 body's lengths add up exactly (name length, name, 20 + 40 fixed bytes, authority length,
 * authority) and it does not start like a 2013 one (status 1 or 2 followed by a valid BCD time or zeros).
 */
public final class DriverCodecs {

    private static final int CERTIFICATE_WIDTH = 20;
    private static final int ID_CARD_WIDTH = 20;
    private static final int CERTIFICATE_WIDTH_2011 = 40;

    private DriverCodecs() {
    }

    public static void register(BodyCodecRegistry.Builder registry) {
        registry.register(MessageIds.DRIVER_IDENTITY, DriverIdentity.class, DriverCodecs::decodeIdentity,
                DriverCodecs::encodeIdentity);
    }

    static DriverIdentity decodeIdentity(ByteBuf in, MessageHeader header) {
        if (!header.version2019() && is2011Layout(in)) {
            return decode2011(in);
        }
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

    private static DriverIdentity decode2011(ByteBuf in) {
        String name = Gbk.readByteLengthPrefixed(in);
        String idCard = Gbk.readFixed(in, ID_CARD_WIDTH);
        String certificate = Gbk.readFixed(in, CERTIFICATE_WIDTH_2011);
        String authority = Gbk.readByteLengthPrefixed(in);
        return DriverIdentity.of2011(name, idCard, certificate, authority);
    }

    static boolean is2011Layout(ByteBuf in) {
        int start = in.readerIndex();
        int length = in.readableBytes();
        if (length < 1) {
            return false;
        }
        int authorityLengthAt = 1 + in.getUnsignedByte(start) + ID_CARD_WIDTH + CERTIFICATE_WIDTH_2011;
        if (authorityLengthAt >= length || authorityLengthAt + 1 + in.getUnsignedByte(start + authorityLengthAt)
                != length) {
            return false;
        }
        int first = in.getUnsignedByte(start);
        return !((first == DriverIdentity.CARD_INSERTED || first == DriverIdentity.CARD_REMOVED)
                && isTimeOrZeros(in, start + 1));
    }

    /** A valid BCD date-time, or six zero bytes (a terminal without a clock yet). */
    private static boolean isTimeOrZeros(ByteBuf in, int from) {
        boolean zeros = true;
        for (int i = from; i < from + 6; i++) {
            zeros &= in.getByte(i) == 0;
        }
        return zeros || BcdTime.readDateTime(in.duplicate().readerIndex(from)) != null;
    }

    static void encodeIdentity(DriverIdentity body, ByteBuf out, MessageHeader header) {
        if (body.layout() == ProtocolVersion.V2011) {
            Gbk.writeByteLengthPrefixed(out, body.name());
            Gbk.writeFixed(out, body.idCardNumber(), ID_CARD_WIDTH);
            Gbk.writeFixed(out, body.certificateNumber(), CERTIFICATE_WIDTH_2011);
            Gbk.writeByteLengthPrefixed(out, body.issuingAuthority());
            return;
        }
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
