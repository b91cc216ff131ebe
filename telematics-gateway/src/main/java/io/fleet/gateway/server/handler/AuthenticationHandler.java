package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.terminal.Authentication;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.server.PhoneNumbers;
import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.fleet.gateway.server.redis.RedisLink;
import io.fleet.gateway.server.redis.TerminalDirectory.TerminalRecord;
import io.fleet.gateway.server.redis.TerminalDirectory;
import io.fleet.gateway.server.session.ReadGate;
import io.fleet.gateway.server.session.SessionRegistry;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * 0x0102: the code must equal the one issued at registration (shared in Redis, so any node can check it) and the
 * terminal must still be enabled. Success makes this connection the terminal's session on this node, replacing
 * (closing) an older one, and records the node in {@code session:{phone}}. A wrong code is answered with failure
 * and the connection closed; an unreadable registry only with failure, so the terminal retries.
 * While the check runs the connection stops reading and {@link AuthGuardHandler} holds what was already read.
 */
@ChannelHandler.Sharable
public final class AuthenticationHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationHandler.class);

    private final TerminalDirectory directory;
    private final SessionRegistry sessions;
    private final GatewayMetrics metrics;
    private final String nodeId;
    private final Duration sessionTtl;

    public AuthenticationHandler(TerminalDirectory directory, SessionRegistry sessions, GatewayMetrics metrics,
                                 String nodeId, Duration sessionTtl) {
        this.directory = directory;
        this.sessions = sessions;
        this.metrics = metrics;
        this.nodeId = nodeId;
        this.sessionTtl = sessionTtl;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Jt808Message message) || !(message.body() instanceof Authentication auth)) {
            ctx.fireChannelRead(msg);
            return;
        }
        TerminalSession session = TerminalSession.of(ctx.channel());
        session.state(TerminalSession.State.AUTHENTICATING);
        session.readGate().pause(ReadGate.Reason.AUTHENTICATING);
        String phone = PhoneNumbers.normalise(message.header().phone());
        directory.lookup(phone)
                .thenCombine(directory.checkAuthCode(phone, auth.authCode()), Verdict::new)
                .whenComplete((verdict, error) -> ctx.executor().execute(() -> {
                    settle(ctx, session, message, phone, verdict, error);
                    session.readGate().resume(ReadGate.Reason.AUTHENTICATING);
                    ctx.fireUserEventTriggered(AuthSettled.INSTANCE);
                }));
    }

    private void settle(ChannelHandlerContext ctx, TerminalSession session, Jt808Message message, String phone,
                        Verdict verdict, Throwable error) {
        if (error != null) {
            session.state(TerminalSession.State.NEW);
            refuse(ctx, message, phone, "registry_unavailable", RedisLink.describe(error), false);
        } else if (!verdict.terminal().usable()) {
            session.state(TerminalSession.State.NEW);
            refuse(ctx, message, phone, verdict.terminal().known() ? "disabled_terminal" : "unknown_terminal",
                    "terminal unknown, disabled or without vehicle", true);
        } else if (!verdict.codeMatches()) {
            session.state(TerminalSession.State.NEW);
            refuse(ctx, message, phone, "bad_auth_code", "auth code does not match", true);
        } else {
            accept(ctx, session, message, phone);
        }
    }

    private void accept(ChannelHandlerContext ctx, TerminalSession session, Jt808Message message, String phone) {
        session.authenticated(phone);
        session.seen(message.header());
        sessions.register(phone, ctx.channel()).ifPresent(old -> {
            LOG.info("Terminal {} reconnected from {}; closing its connection from {}", phone,
                    ctx.channel().remoteAddress(), old.remoteAddress());
            old.close();
        });
        session.sessionRefreshDue(System.nanoTime(), 0);
        directory.claimSession(phone, nodeId, sessionTtl).whenComplete((ok, error) -> {
            if (error != null) {
                LOG.warn("Could not record the session of {} in Redis: {}", phone, RedisLink.describe(error));
            }
        });
        LOG.info("Terminal {} authenticated from {}", phone, ctx.channel().remoteAddress());
        Replies.general(ctx, message.header(), GeneralResponse.SUCCESS);
    }

    private void refuse(ChannelHandlerContext ctx, Jt808Message message, String phone, String reason, String detail,
                        boolean close) {
        metrics.authFailure(reason);
        LOG.warn("Authentication of {} from {} refused: {}", phone, ctx.channel().remoteAddress(), detail);
        var written = Replies.general(ctx, message.header(), GeneralResponse.FAILURE);
        if (close) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    private record Verdict(TerminalRecord terminal, boolean codeMatches) {
    }
}
