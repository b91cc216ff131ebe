package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.server.downlink.DownlinkDispatcher;
import io.fleet.gateway.server.redis.RedisLink;
import io.fleet.gateway.server.redis.TerminalDirectory;
import io.fleet.gateway.server.session.SessionRegistry;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Keeps {@code session:{phone}} alive while the terminal talks (refreshed at most every third of its TTL, not
 * per frame) and, when the connection closes, releases it and settles the commands still waiting for answers.
 * A connection replaced by a newer one releases nothing: the key now belongs to the new connection.
 */
@ChannelHandler.Sharable
public final class SessionPresenceHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionPresenceHandler.class);

    private final TerminalDirectory directory;
    private final SessionRegistry sessions;
    private final DownlinkDispatcher downlinks;
    private final String nodeId;
    private final Duration ttl;

    public SessionPresenceHandler(TerminalDirectory directory, SessionRegistry sessions, DownlinkDispatcher downlinks,
                                  String nodeId, Duration ttl) {
        this.directory = directory;
        this.sessions = sessions;
        this.downlinks = downlinks;
        this.nodeId = nodeId;
        this.ttl = ttl;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        TerminalSession session = TerminalSession.of(ctx.channel());
        if (msg instanceof Jt808Message message && session.isAuthenticated()) {
            session.seen(message.header());
            if (session.sessionRefreshDue(System.nanoTime(), ttl.toNanos() / 3)) {
                directory.claimSession(session.phone(), nodeId, ttl).whenComplete((ok, error) -> {
                    if (error != null) {
                        LOG.debug("Session refresh of {} failed: {}", session.phone(), RedisLink.describe(error));
                    }
                });
            }
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        TerminalSession session = TerminalSession.of(ctx.channel());
        if (session.isAuthenticated()) {
            if (sessions.unregister(session.phone(), ctx.channel())) {
                directory.releaseSession(session.phone(), nodeId);
                LOG.info("Terminal {} disconnected", session.phone());
            }
            downlinks.connectionClosed(session);
        }
        ctx.fireChannelInactive();
    }
}
