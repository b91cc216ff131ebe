package io.fleet.gateway.server;

import io.fleet.gateway.codec.crypto.RsaBodyCipher;
import io.fleet.gateway.server.downlink.DownlinkDispatcher;
import io.fleet.gateway.server.downlink.DownlinkReader;
import io.fleet.gateway.server.downlink.DownlinkReporter;
import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.fleet.gateway.server.metrics.HealthCheck;
import io.fleet.gateway.server.metrics.MetricsHttpHandler;
import io.fleet.gateway.server.metrics.MetricsServer;
import io.fleet.gateway.server.redis.BatchingStreamAppender;
import io.fleet.gateway.server.redis.RedisKeys;
import io.fleet.gateway.server.redis.RedisLink;
import io.fleet.gateway.server.redis.StreamAppender;
import io.fleet.gateway.server.redis.TerminalDirectory;
import io.fleet.gateway.server.session.BackPressure;
import io.fleet.gateway.server.session.ReadGate;
import io.fleet.gateway.server.session.ReplayFilter;
import io.fleet.gateway.server.session.SessionRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The JT/T 808 gateway: terminal TCP server, metrics HTTP server and downlink reader, sharing one Redis link.
 * {@link #close()} shuts down in order: stop accepting, stop taking commands, stop reading, let pending stream
 * writes finish (and their acknowledgements go out), then close connections and Redis.
 */
public final class GatewayServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

    private final GatewayConfig config;
    private final GatewayMetrics metrics = new GatewayMetrics();
    private final RedisLink redis;
    private final EventLoopGroup boss = new NioEventLoopGroup(1);
    private final EventLoopGroup workers = new NioEventLoopGroup();
    private final ChannelGroup channels = new DefaultChannelGroup("terminals", GlobalEventExecutor.INSTANCE);
    private final SessionRegistry sessions = new SessionRegistry();
    private final BackPressure backPressure;
    private final DownlinkReader downlinkReader;
    private final Channel serverChannel;
    private final MetricsServer metricsServer;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GatewayServer(GatewayConfig config, Function<RedisLink, StreamAppender> uplinkAppender)
            throws InterruptedException {
        this.config = config;
        RsaBodyCipher platformKey = PlatformKey.load(config); // first: a bad key file must not leave threads behind
        this.redis = new RedisLink(config.redisUrl(), config.redisTimeout());
        if (!redis.awaitFirstAttempt(config.redisTimeout())) {
            LOG.warn("Starting without Redis ({}): terminals are refused until it is reachable", redis.lastError());
        }
        RedisKeys keys = new RedisKeys(config.prefix());
        TerminalDirectory directory = new TerminalDirectory(redis, keys);
        this.backPressure = new BackPressure(config.maxPendingPerChannel(), config.maxPendingGlobal(), channels,
                metrics);
        metrics.sessionsFrom(sessions::size);
        metrics.pendingWritesFrom(backPressure::pending);
        DownlinkReporter reporter = new DownlinkReporter(StreamAppender.redis(redis), keys, metrics);
        DownlinkDispatcher dispatcher = new DownlinkDispatcher(sessions, reporter, metrics);
        ReplayFilter replays = new ReplayFilter(config.replayWindow().toMillis(), System::currentTimeMillis);
        workers.scheduleAtFixedRate(replays::sweep, 1, 1, TimeUnit.MINUTES);
        try {
            this.serverChannel = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.SO_KEEPALIVE, true)
                    .childHandler(new GatewayChannelInitializer(config, channels, metrics, directory, sessions,
                            backPressure, uplinkAppender.apply(redis), keys, dispatcher, platformKey, replays))
                    .bind(config.bindHost(), config.port()).sync().channel();
            HealthCheck health = new HealthCheck(() -> serverChannel.isActive(), redis, Duration.ofSeconds(1));
            this.metricsServer = new MetricsServer(config.bindHost(), config.metricsPort(), boss, workers,
                    new MetricsHttpHandler(metrics, health));
        } catch (Exception e) {
            // Netty rethrows bind failures (checked) without declaring them; release every thread before giving up.
            shutDownLoops();
            redis.close();
            if (e instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("cannot listen on " + config.bindHost() + ":" + config.port() + " / "
                    + config.metricsPort() + ": " + e, e);
        }
        this.downlinkReader = new DownlinkReader(redis, keys, config.nodeId(), dispatcher, reporter,
                config.redisTimeout());
        downlinkReader.start();
    }

    /** Starts everything; stream writes go to Redis, pipelined per event-loop turn. */
    public static GatewayServer start(GatewayConfig config) throws InterruptedException {
        return new GatewayServer(config, BatchingStreamAppender::new);
    }

    /** Starts with another uplink stream appender (tests simulate a stalled Redis with it). */
    public static GatewayServer start(GatewayConfig config, StreamAppender uplinkAppender)
            throws InterruptedException {
        return new GatewayServer(config, redis -> uplinkAppender);
    }

    public int port() {
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    public int metricsPort() {
        return metricsServer.port();
    }

    public GatewayConfig config() {
        return config;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Gateway {} shutting down", config.nodeId());
        serverChannel.close().syncUninterruptibly();
        downlinkReader.close();
        channels.forEach(channel -> ReadGate.pauseLater(channel, ReadGate.Reason.SHUTDOWN));
        awaitPendingWrites();
        channels.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        metricsServer.close();
        shutDownLoops();
        redis.close();
        LOG.info("Gateway {} stopped", config.nodeId());
    }

    private void awaitPendingWrites() {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (backPressure.pending() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (backPressure.pending() > 0) {
            LOG.warn("{} stream writes still pending after {}; their terminals will resend", backPressure.pending(),
                    DRAIN_TIMEOUT);
        }
    }

    private void shutDownLoops() {
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
