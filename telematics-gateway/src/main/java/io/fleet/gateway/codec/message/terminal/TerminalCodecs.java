package io.fleet.gateway.codec.message.terminal;

import io.fleet.gateway.codec.field.Bcd;
import io.fleet.gateway.codec.field.Gbk;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.netty.buffer.ByteBuf;

import static io.fleet.gateway.codec.message.MessageIds.*;

/** Body codecs of the terminal-management family: responses, heartbeat, registration, authentication, control. */
public final class TerminalCodecs {

    /** Smallest 2013 registration body: 2 + 2 + 5 + 20 + 7 + 1, empty plate. Anything shorter is 2011. */
    private static final int MIN_REGISTRATION_2013 = 37;

    private TerminalCodecs() {
    }

    public static void register(BodyCodecRegistry.Builder registry) {
        registry.register(TERMINAL_GENERAL_RESPONSE, GeneralResponse.class, TerminalCodecs::decodeGeneralResponse,
                        TerminalCodecs::encodeGeneralResponse)
                .register(PLATFORM_GENERAL_RESPONSE, GeneralResponse.class, TerminalCodecs::decodeGeneralResponse,
                        TerminalCodecs::encodeGeneralResponse)
                .register(TERMINAL_REGISTRATION, TerminalRegistration.class, TerminalCodecs::decodeRegistration,
                        TerminalCodecs::encodeRegistration)
                .register(REGISTRATION_RESPONSE, RegistrationResponse.class, TerminalCodecs::decodeRegistrationResponse,
                        TerminalCodecs::encodeRegistrationResponse)
                .register(TERMINAL_AUTHENTICATION, Authentication.class, TerminalCodecs::decodeAuthentication,
                        TerminalCodecs::encodeAuthentication)
                .register(TERMINAL_ATTRIBUTES_RESPONSE, TerminalAttributes.class, TerminalCodecs::decodeAttributes,
                        TerminalCodecs::encodeAttributes)
                .register(TERMINAL_CONTROL, TerminalControl.class, TerminalCodecs::decodeControl,
                        TerminalCodecs::encodeControl);
        for (int id : new int[] {HEARTBEAT, TERMINAL_LOGOUT, QUERY_ATTRIBUTES}) {
            registry.register(id, EmptyBody.class, (body, header) -> new EmptyBody(header.messageId()),
                    (body, out, header) -> { });
        }
    }

    static GeneralResponse decodeGeneralResponse(ByteBuf in, MessageHeader header) {
        return new GeneralResponse(header.messageId(), in.readUnsignedShort(), in.readUnsignedShort(),
                in.readUnsignedByte());
    }

    static void encodeGeneralResponse(GeneralResponse body, ByteBuf out, MessageHeader header) {
        out.writeShort(body.responseSerial()).writeShort(body.responseMessageId()).writeByte(body.result());
    }

    static TerminalRegistration decodeRegistration(ByteBuf in, MessageHeader header) {
        ProtocolVersion layout = header.version2019() ? ProtocolVersion.V2019
                : in.readableBytes() < MIN_REGISTRATION_2013 ? ProtocolVersion.V2011 : ProtocolVersion.V2013;
        int[] widths = registrationWidths(layout);
        return new TerminalRegistration(layout, in.readUnsignedShort(), in.readUnsignedShort(),
                Gbk.readFixed(in, widths[0]), Gbk.readFixed(in, widths[1]), Gbk.readFixed(in, widths[2]),
                in.readUnsignedByte(), Gbk.readRest(in));
    }

    static void encodeRegistration(TerminalRegistration body, ByteBuf out, MessageHeader header) {
        int[] widths = registrationWidths(header.version2019() ? ProtocolVersion.V2019 : body.layout());
        out.writeShort(body.province()).writeShort(body.city());
        Gbk.writeFixed(out, body.maker(), widths[0]);
        Gbk.writeFixed(out, body.model(), widths[1]);
        Gbk.writeFixed(out, body.terminalId(), widths[2]);
        out.writeByte(body.plateColor());
        Gbk.write(out, body.plate());
    }

    /** Maker, model and terminal id widths of a 0x0100 body. */
    private static int[] registrationWidths(ProtocolVersion layout) {
        return switch (layout) {
            case V2011 -> new int[] {5, 8, 7};
            case V2013 -> new int[] {5, 20, 7};
            case V2019 -> new int[] {11, 30, 30};
        };
    }

    static RegistrationResponse decodeRegistrationResponse(ByteBuf in, MessageHeader header) {
        int serial = in.readUnsignedShort();
        int result = in.readUnsignedByte();
        return new RegistrationResponse(serial, result, in.isReadable() ? Gbk.readRest(in) : null);
    }

    static void encodeRegistrationResponse(RegistrationResponse body, ByteBuf out, MessageHeader header) {
        out.writeShort(body.responseSerial()).writeByte(body.result());
        if (body.authCode() != null) {
            Gbk.write(out, body.authCode());
        }
    }

    static Authentication decodeAuthentication(ByteBuf in, MessageHeader header) {
        if (!header.version2019()) {
            return new Authentication(Gbk.readRest(in), null, null);
        }
        return new Authentication(Gbk.readByteLengthPrefixed(in), Gbk.readFixed(in, 15), Gbk.readFixed(in, 20));
    }

    static void encodeAuthentication(Authentication body, ByteBuf out, MessageHeader header) {
        if (!header.version2019()) {
            Gbk.write(out, body.authCode());
            return;
        }
        Gbk.writeByteLengthPrefixed(out, body.authCode());
        Gbk.writeFixed(out, body.imei(), 15);
        Gbk.writeFixed(out, body.softwareVersion(), 20);
    }

    static TerminalAttributes decodeAttributes(ByteBuf in, MessageHeader header) {
        int idWidth = header.version2019() ? 30 : 7;
        return new TerminalAttributes(in.readUnsignedShort(), Gbk.readFixed(in, 5),
                Gbk.readFixed(in, header.version2019() ? 30 : 20), Gbk.readFixed(in, idWidth), Bcd.read(in, 10),
                Gbk.readByteLengthPrefixed(in), Gbk.readByteLengthPrefixed(in), in.readUnsignedByte(),
                in.readUnsignedByte());
    }

    static void encodeAttributes(TerminalAttributes body, ByteBuf out, MessageHeader header) {
        out.writeShort(body.terminalType());
        Gbk.writeFixed(out, body.maker(), 5);
        Gbk.writeFixed(out, body.model(), header.version2019() ? 30 : 20);
        Gbk.writeFixed(out, body.terminalId(), header.version2019() ? 30 : 7);
        Bcd.write(out, body.iccid(), 10);
        Gbk.writeByteLengthPrefixed(out, body.hardwareVersion());
        Gbk.writeByteLengthPrefixed(out, body.firmwareVersion());
        out.writeByte(body.gnssModules()).writeByte(body.commModules());
    }

    static TerminalControl decodeControl(ByteBuf in, MessageHeader header) {
        return new TerminalControl(in.readUnsignedByte(), Gbk.readRest(in));
    }

    static void encodeControl(TerminalControl body, ByteBuf out, MessageHeader header) {
        out.writeByte(body.command());
        Gbk.write(out, body.parameters());
    }
}
