package io.fleet.gateway.server;

import io.fleet.gateway.codec.crypto.BodyCipher;
import io.fleet.gateway.codec.crypto.RsaBodyCipher;
import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.codec.message.Jt808MessageDecoder;
import io.fleet.gateway.codec.message.Jt808MessageEncoder;
import io.fleet.gateway.codec.message.MessageFrameParser;
import io.fleet.gateway.codec.subpacket.SubpacketAssembler;
import io.fleet.gateway.codec.subpacket.SubpacketReassemblyHandler;
import io.fleet.gateway.server.downlink.DownlinkDispatcher;
import io.fleet.gateway.server.handler.AuthGuardHandler;
import io.fleet.gateway.server.handler.AuthenticationHandler;
import io.fleet.gateway.server.handler.ConnectionCountHandler;
import io.fleet.gateway.server.handler.DownlinkAnswerHandler;
import io.fleet.gateway.server.handler.ExceptionHandler;
import io.fleet.gateway.server.handler.FrameCountHandler;
import io.fleet.gateway.server.handler.FrameRateLimitHandler;
import io.fleet.gateway.server.handler.GeneralReplyHandler;
import io.fleet.gateway.server.handler.IdleCloseHandler;
import io.fleet.gateway.server.handler.InvalidFrameHandler;
import io.fleet.gateway.server.handler.RegistrationHandler;
import io.fleet.gateway.server.handler.RetransmissionRequestHandler;
import io.fleet.gateway.server.handler.SessionPresenceHandler;
import io.fleet.gateway.server.handler.TerminalKeyHandler;
import io.fleet.gateway.server.handler.UplinkIngestHandler;
import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.fleet.gateway.server.redis.RedisKeys;
import io.fleet.gateway.server.redis.StreamAppender;
import io.fleet.gateway.server.redis.TerminalDirectory;
import io.fleet.gateway.server.session.BackPressure;
import io.fleet.gateway.server.session.ReplayFilter;
import io.fleet.gateway.server.session.SessionRegistry;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The terminal connection pipeline, inbound order (the encoder sits where the handlers after it write through
 * it; {@code frames} after it counts what they write):
 * <pre>
 * connections → idle → framer → decoder → subpackets → [encoder] → frames → rate-limit → invalid
 * → retransmission → idle-close → registration → authentication → auth-guard → session → terminal-key
 * → downlink-answers
 * → ingest → replies → errors
 * </pre>
 * Sharable handlers are built once; the framer, reassembly, idle timer and auth guard hold per-channel state.
 */
public final class GatewayChannelInitializer extends ChannelInitializer<SocketChannel> {

    private static final long SUBPACKET_SWEEP_MILLIS = 5_000;

    private final GatewayConfig config;
    private final ChannelGroup channels;
    private final BackPressure backPressure;
    private final GatewayMetrics metrics;
    private final MessageFrameParser parser;
    private final Jt808MessageDecoder decoder;
    private final TerminalKeyHandler terminalKeys;
    private final ConnectionCountHandler connectionCount;
    private final FrameCountHandler frameCount;
    private final FrameRateLimitHandler rateLimit;
    private final InvalidFrameHandler invalidFrames;
    private final IdleCloseHandler idleClose;
    private final RegistrationHandler registration;
    private final AuthenticationHandler authentication;
    private final SessionPresenceHandler sessionPresence;
    private final DownlinkAnswerHandler downlinkAnswers;
    private final UplinkIngestHandler ingest;
    private final ExceptionHandler exceptions;

    public GatewayChannelInitializer(GatewayConfig config, ChannelGroup channels, GatewayMetrics metrics,
                                     TerminalDirectory directory, SessionRegistry sessions, BackPressure backPressure,
                                     StreamAppender appender, RedisKeys keys, DownlinkDispatcher downlinks,
                                     RsaBodyCipher platformKey, ReplayFilter replays) {
        this.config = config;
        // Without a platform key an RSA body cannot be read: refuse it (counted as undecryptable), never store it.
        this.parser = MessageFrameParser.withCipher(platformKey != null ? platformKey : BodyCipher.none());
        this.decoder = new Jt808MessageDecoder(parser);
        this.terminalKeys = new TerminalKeyHandler(platformKey);
        this.channels = channels;
        this.backPressure = backPressure;
        this.metrics = metrics;
        Duration sessionTtl = config.idleTimeout();
        this.connectionCount = new ConnectionCountHandler(metrics);
        this.frameCount = new FrameCountHandler(metrics);
        this.rateLimit = new FrameRateLimitHandler(metrics);
        this.invalidFrames = new InvalidFrameHandler(metrics);
        this.idleClose = new IdleCloseHandler(metrics);
        this.registration = new RegistrationHandler(directory, metrics);
        this.authentication = new AuthenticationHandler(directory, sessions, metrics, config.nodeId(), sessionTtl);
        this.sessionPresence = new SessionPresenceHandler(directory, sessions, downlinks, config.nodeId(), sessionTtl);
        this.downlinkAnswers = new DownlinkAnswerHandler(downlinks);
        this.ingest = new UplinkIngestHandler(appender, keys, backPressure, metrics, config.nodeId(), replays);
        this.exceptions = new ExceptionHandler(metrics);
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.attr(TerminalSession.KEY).set(new TerminalSession(ch, config.maxFramesPerSecond()));
        ChannelPipeline pipeline = ch.pipeline();
        pipeline.addLast("connections", connectionCount)
                .addLast("idle", new IdleStateHandler(config.idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS))
                .addLast("framer", new Jt808FrameDecoder(config.maxFrameLength()))
                .addLast("decoder", decoder)
                .addLast("subpackets", new SubpacketReassemblyHandler(
                        SubpacketAssembler.withDefaults(Clock.systemUTC()), parser, SUBPACKET_SWEEP_MILLIS))
                .addLast("encoder", Jt808MessageEncoder.INSTANCE)
                .addLast("frames", frameCount)
                .addLast("rate-limit", rateLimit)
                .addLast("invalid", invalidFrames)
                .addLast("retransmission", RetransmissionRequestHandler.INSTANCE)
                .addLast("idle-close", idleClose)
                .addLast("registration", registration)
                .addLast("authentication", authentication)
                .addLast("auth-guard", new AuthGuardHandler(metrics))
                .addLast("session", sessionPresence)
                .addLast("terminal-key", terminalKeys)
                .addLast("downlink-answers", downlinkAnswers)
                .addLast("ingest", ingest)
                .addLast("replies", GeneralReplyHandler.INSTANCE)
                .addLast("errors", exceptions);
        channels.add(ch);
        backPressure.accepted(ch);
    }
}
