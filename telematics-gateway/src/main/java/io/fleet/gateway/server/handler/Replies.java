package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;

/** 0x8001 platform general responses. Call on the channel's event loop (the serial counter lives there). */
final class Replies {

    private Replies() {
    }

    /** Answers the message with {@code header} with a 0x8001 of the given result. */
    static ChannelFuture general(ChannelHandlerContext ctx, MessageHeader header, int result) {
        TerminalSession session = TerminalSession.of(ctx.channel());
        return ctx.writeAndFlush(session.outgoing(header,
                GeneralResponse.fromPlatform(header.serial(), header.messageId(), result)));
    }
}
