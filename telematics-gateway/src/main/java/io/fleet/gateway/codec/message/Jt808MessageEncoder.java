package io.fleet.gateway.codec.message;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/** Outbound stage: {@link Jt808Message} → escaped, delimited frame. Stateless singleton. */
@ChannelHandler.Sharable
public final class Jt808MessageEncoder extends MessageToByteEncoder<Jt808Message> {

    public static final Jt808MessageEncoder INSTANCE = new Jt808MessageEncoder(MessageFrameWriter.standard());

    private final MessageFrameWriter writer;

    public Jt808MessageEncoder(MessageFrameWriter writer) {
        super(Jt808Message.class);
        this.writer = writer;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Jt808Message message, ByteBuf out) {
        writer.write(message, out, ctx.alloc());
    }
}
