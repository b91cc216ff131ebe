package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.terminal.RegistrationResponse;
import io.fleet.gateway.codec.message.terminal.TerminalRegistration;
import io.fleet.gateway.server.PhoneNumbers;
import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.fleet.gateway.server.redis.RedisLink;
import io.fleet.gateway.server.redis.TerminalDirectory.TerminalRecord;
import io.fleet.gateway.server.redis.TerminalDirectory;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;

/**
 * 0x0100: accepted only for terminals in the registry mirror that are enabled and bound to a vehicle; those get
 * a fresh auth code in the 0x8100. When the registry cannot be read there is no answer at all: a refusal would
 * tell the terminal it does not exist, while silence makes it try again.
 */
@ChannelHandler.Sharable
public final class RegistrationHandler extends ChannelInboundHandlerAdapter {

    /** 0x8100 results. */
    static final int NO_SUCH_VEHICLE = 2;
    static final int NO_SUCH_TERMINAL = 4;

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationHandler.class);

    private final TerminalDirectory directory;
    private final GatewayMetrics metrics;

    public RegistrationHandler(TerminalDirectory directory, GatewayMetrics metrics) {
        this.directory = directory;
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Jt808Message message) || !(message.body() instanceof TerminalRegistration registration)) {
            ctx.fireChannelRead(msg);
            return;
        }
        TerminalSession.of(ctx.channel()).registeredWith(registration.layout());
        String phone = PhoneNumbers.normalise(message.header().phone());
        directory.lookup(phone)
                .thenCompose(terminal -> terminal.usable()
                        ? directory.issueAuthCode(phone).thenApply(code -> new Verdict(terminal, code))
                        : CompletableFuture.completedFuture(new Verdict(terminal, null)))
                .whenComplete((verdict, error) -> ctx.executor().execute(() -> answer(ctx, message, phone, verdict,
                        error)));
    }

    private void answer(ChannelHandlerContext ctx, Jt808Message message, String phone, Verdict verdict,
                        Throwable error) {
        TerminalSession session = TerminalSession.of(ctx.channel());
        if (error != null) {
            metrics.authFailure("registry_unavailable");
            LOG.warn("Registration of {} not answered: terminal registry unreadable ({})", phone, RedisLink.describe(error));
            return;
        }
        RegistrationResponse response;
        if (verdict.authCode() != null) {
            LOG.info("Registered terminal {} (vehicle {}, plate {})", phone, verdict.terminal().vehicleId(),
                    verdict.terminal().plate());
            response = new RegistrationResponse(message.header().serial(), RegistrationResponse.SUCCESS,
                    verdict.authCode());
        } else {
            boolean known = verdict.terminal().known();
            metrics.authFailure(known ? "disabled_terminal" : "unknown_terminal");
            LOG.warn("Registration refused for {} from {}: {}", phone, ctx.channel().remoteAddress(),
                    known ? "disabled or without vehicle" : "not in the terminal registry");
            response = new RegistrationResponse(message.header().serial(), known ? NO_SUCH_VEHICLE : NO_SUCH_TERMINAL,
                    null);
        }
        ctx.writeAndFlush(session.outgoing(message.header(), response));
    }

    private record Verdict(TerminalRecord terminal, String authCode) {
    }
}
