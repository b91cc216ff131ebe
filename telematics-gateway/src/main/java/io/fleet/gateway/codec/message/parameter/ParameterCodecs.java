package io.fleet.gateway.codec.message.parameter;

import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.terminal.EmptyBody;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

import java.util.ArrayList;
import java.util.List;

import static io.fleet.gateway.codec.message.MessageIds.*;

/** Body codecs of the parameter family: 0x8103 set, 0x8104 query all, 0x0104 answer. */
public final class ParameterCodecs {

    private ParameterCodecs() {
    }

    public static void register(BodyCodecRegistry.Builder registry) {
        registry.register(SET_PARAMETERS, SetTerminalParameters.class, ParameterCodecs::decodeSet,
                        ParameterCodecs::encodeSet)
                .register(QUERY_PARAMETERS, EmptyBody.class, (body, header) -> new EmptyBody(QUERY_PARAMETERS),
                        (body, out, header) -> { })
                .register(QUERY_PARAMETERS_RESPONSE, QueryParametersResponse.class, ParameterCodecs::decodeResponse,
                        ParameterCodecs::encodeResponse);
    }

    static SetTerminalParameters decodeSet(ByteBuf in, MessageHeader header) {
        return new SetTerminalParameters(readParameters(in));
    }

    static void encodeSet(SetTerminalParameters body, ByteBuf out, MessageHeader header) {
        writeParameters(body.parameters(), out);
    }

    static QueryParametersResponse decodeResponse(ByteBuf in, MessageHeader header) {
        return new QueryParametersResponse(in.readUnsignedShort(), readParameters(in),
                ByteBufUtil.getBytes(in.readSlice(in.readableBytes())));
    }

    static void encodeResponse(QueryParametersResponse body, ByteBuf out, MessageHeader header) {
        out.writeShort(body.responseSerial());
        writeParameters(body.parameters(), out);
        out.writeBytes(body.trailing());
    }

    /** Count BYTE, then id DWORD, length BYTE, value per parameter. */
    private static List<TerminalParameter> readParameters(ByteBuf in) {
        int count = in.readUnsignedByte();
        List<TerminalParameter> parameters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = in.readUnsignedInt();
            int length = in.readUnsignedByte();
            parameters.add(new TerminalParameter(id, ByteBufUtil.getBytes(in.readSlice(length))));
        }
        return parameters;
    }

    private static void writeParameters(List<TerminalParameter> parameters, ByteBuf out) {
        out.writeByte(parameters.size());
        for (TerminalParameter parameter : parameters) {
            out.writeInt((int) parameter.id()).writeByte(parameter.value().length).writeBytes(parameter.value());
        }
    }
}
