package io.fleet.gateway.codec.message;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;

import java.util.List;

/**
 * Second pipeline stage: unescaped frame ({@link ByteBuf} from {@code Jt808FrameDecoder}) → {@link Jt808Message}
 * or {@code InvalidMessage}. Anything else (an {@code InvalidMessage} from the framer) passes through untouched.
 * Stateless, so one instance can be shared by all channels.
 */
@ChannelHandler.Sharable
public class Jt808MessageDecoder extends MessageToMessageDecoder<ByteBuf> {

    public static final Jt808MessageDecoder INSTANCE = new Jt808MessageDecoder(MessageFrameParser.standard());

    private final MessageFrameParser parser;

    public Jt808MessageDecoder(MessageFrameParser parser) {
        this.parser = parser;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        out.add(parser.parse(frame));
    }
}
