package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.crypto.RsaBodyCipher;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.security.RsaPublicKey;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * 0x0A00, the terminal's RSA public key: kept in the session, and answered with the platform's key (0x8A00) so the
 * terminal can encrypt to us, or with 0x8001 "not supported" when this gateway has no key. A 0x0A00 that answers a
 * 0x8A00 command from dispatch-service is passed on to settle that command instead.
 */
@ChannelHandler.Sharable
public final class TerminalKeyHandler extends ChannelInboundHandlerAdapter {

    private final RsaBodyCipher platformKey;

    /** @param platformKey null when no platform key is configured */
    public TerminalKeyHandler(RsaBodyCipher platformKey) {
        this.platformKey = platformKey;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Jt808Message message) || !(message.body() instanceof RsaPublicKey key)
                || message.messageId() != MessageIds.TERMINAL_RSA_KEY) {
            ctx.fireChannelRead(msg);
            return;
        }
        TerminalSession session = TerminalSession.of(ctx.channel());
        session.terminalKey(key);
        if (session.commands().hasPending(MessageIds.PLATFORM_RSA_KEY)) {
            ctx.fireChannelRead(msg);
        } else if (platformKey != null) {
            ctx.writeAndFlush(session.outgoing(message.header(), RsaPublicKey.platform(platformKey.publicKey())));
        } else {
            Replies.general(ctx, message.header(), GeneralResponse.NOT_SUPPORTED);
        }
    }
}
