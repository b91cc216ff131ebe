package io.fleet.gateway.server.handler;

import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection that sent nothing for the idle timeout (IdleStateHandler fires the event). A connection
 * whose reading we paused ourselves is not silent by its own doing, so it is spared.
 */
@ChannelHandler.Sharable
public final class IdleCloseHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(IdleCloseHandler.class);

    private final GatewayMetrics metrics;

    public IdleCloseHandler(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE) {
            TerminalSession session = TerminalSession.of(ctx.channel());
            if (!session.readGate().isPaused()) {
                LOG.info("Closing idle connection {} (terminal {})", ctx.channel().remoteAddress(), session.phone());
                metrics.idleClose();
                ctx.close();
            }
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }
}
