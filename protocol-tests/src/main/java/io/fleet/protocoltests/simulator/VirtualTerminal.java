package io.fleet.protocoltests.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.Jt808MessageDecoder;
import io.fleet.gateway.codec.message.Jt808MessageEncoder;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.location.LocationBatchUpload;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.fleet.gateway.codec.message.terminal.Authentication;
import io.fleet.gateway.codec.message.terminal.EmptyBody;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.codec.message.terminal.RegistrationResponse;
import io.fleet.gateway.codec.message.terminal.TerminalRegistration;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * One simulated JT/T 808 terminal, behaving as real ones do: register once, authenticate on every connection,
 * report every interval, heartbeat when quiet, keep every point the platform has not acknowledged and send it again
 * as blind-area data (0x0704) once back online. All its work runs on one event loop, so it needs no locks.
 */
public final class VirtualTerminal {

    /** A 0x0704 batch stays well below the 1,023-byte body limit (about 40 bytes per report). */
    static final int MAX_BATCH = 20;
    /** Points kept while offline; older ones are lost (and counted) beyond this, as a terminal's memory is finite. */
    static final int MAX_BACKLOG = 10_000;
    /** How long a terminal waits for the answers to its registration and authentication before reconnecting. */
    static final long LOGIN_TIMEOUT_MILLIS = 15_000;

    private final int index;
    private final String phone;
    private final ProtocolVersion version;
    private final SimulatorOptions options;
    private final SimulatorStats stats;
    private final EventLoop loop;
    private final SplittableRandom random;
    private final Drive drive;

    private final ArrayDeque<LocationReport> backlog = new ArrayDeque<>();
    private final Map<Integer, Pending> pending = new HashMap<>();
    private Channel channel;
    private String authCode;
    private boolean authenticated;
    private boolean everAuthenticated;
    private boolean stopped;
    private int serial;
    private long lastSentNanos;
    private long reconnectNotBefore;

    private record Pending(long sentNanos, List<LocationReport> reports) {
    }

    VirtualTerminal(int index, SimulatorOptions options, SimulatorStats stats, EventLoop loop, RoadNetwork roads,
            long seed) {
        this.index = index;
        this.options = options;
        this.stats = stats;
        this.loop = loop;
        this.random = new SplittableRandom(seed);
        boolean speaks2019 = options.speaks2019(index);
        this.version = speaks2019 ? ProtocolVersion.V2019 : ProtocolVersion.V2013;
        this.phone = options.phoneOf(index, speaks2019);
        this.drive = new Drive(roads, random, System.currentTimeMillis(), 30_000, 240_000);
    }

    /** Starts reporting (points are kept while not connected) and connects after {@code delayMillis}. */
    void start(long delayMillis) {
        loop.schedule(this::connect, delayMillis, TimeUnit.MILLISECONDS);
        long interval = options.interval().toMillis();
        loop.scheduleAtFixedRate(this::report, delayMillis + random.nextLong(interval), interval, TimeUnit.MILLISECONDS);
        long heartbeat = options.heartbeat().toMillis();
        loop.scheduleAtFixedRate(this::heartbeatIfQuiet, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        scheduleNextDrop();
    }

    void stop() {
        loop.execute(() -> {
            stopped = true;
            if (channel != null) {
                channel.close();
            }
        });
    }

    private void connect() {
        if (stopped || channel != null) {
            return;
        }
        new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new Jt808FrameDecoder(), Jt808MessageDecoder.INSTANCE,
                                Jt808MessageEncoder.INSTANCE, new Replies());
                    }
                })
                .connect(options.host(), options.port()).addListener(f -> {
                    if (!f.isSuccess()) {
                        stats.connectFailures.increment();
                        retryLater(2_000 + random.nextLong(3_000));
                    }
                });
    }

    private void retryLater(long delayMillis) {
        if (!stopped) {
            loop.schedule(this::connect, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** The inbound end of this terminal's pipeline: replies from the platform. */
    private final class Replies extends SimpleChannelInboundHandler<Object> {

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            channel = ctx.channel();
            stats.connects.increment();
            // A terminal whose registration or authentication goes unanswered tries again (JT/T 808 response
            // timeout): the platform withholds an answer when it cannot read its registry, expecting exactly that.
            Channel mine = channel;
            loop.schedule(() -> {
                if (channel == mine && !authenticated && mine.isActive()) {
                    stats.loginTimeouts.increment();
                    mine.close();
                }
            }, LOGIN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            if (authCode == null) {
                // The terminal id is 7 bytes in the 2013 layout (30 in 2019): "S" and six digits fits both.
                send(new TerminalRegistration(version, 33, 100, "70111", "FLEET-SIM",
                        "S%06d".formatted(index + 1), 1, "浙A·SIM%02d".formatted(index % 100)));
            } else {
                authenticate();
            }
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
            if (!(msg instanceof Jt808Message message)) {
                return; // an invalid frame from the platform: a real terminal ignores it too
            }
            if (message.body() instanceof RegistrationResponse r) {
                registered(r);
            } else if (message.body() instanceof GeneralResponse r) {
                answered(r);
            } else if (isCommand(message.messageId()) && authenticated) {
                // A platform command (text, parameters, control…): a terminal answers with its general response.
                send(GeneralResponse.fromTerminal(message.header().serial(), message.messageId(),
                        GeneralResponse.SUCCESS));
                stats.commandsAnswered.increment();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            channel = null;
            if (authenticated) {
                stats.online.decrement();
            }
            authenticated = false;
            pending.values().forEach(p -> keep(p.reports()));
            pending.clear();
            long wait = Math.max(reconnectNotBefore - System.currentTimeMillis(), 1_000 + random.nextLong(4_000));
            retryLater(wait);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close(); // reset by peer and the like: reconnect as a terminal would
        }
    }

    /** Platform-to-terminal messages that expect an answer; 0x8003 asks for packets this terminal never splits. */
    private static boolean isCommand(int messageId) {
        return (messageId & 0x8000) != 0 && messageId != MessageIds.PLATFORM_GENERAL_RESPONSE
                && messageId != MessageIds.REGISTRATION_RESPONSE && messageId != MessageIds.RETRANSMISSION_REQUEST;
    }

    private void registered(RegistrationResponse response) {
        if (response.result() != RegistrationResponse.SUCCESS) {
            stats.registrationsRefused.increment();
            reconnectNotBefore = System.currentTimeMillis() + 30_000;
            channel.close();
            return;
        }
        authCode = response.authCode();
        authenticate();
    }

    private void authenticate() {
        send(version.is2019()
                ? new Authentication(authCode, "86%013d".formatted(index), "FLEET-SIM-1.0")
                : new Authentication(authCode, null, null));
    }

    private void answered(GeneralResponse response) {
        if (response.responseMessageId() == MessageIds.TERMINAL_AUTHENTICATION) {
            if (response.result() == GeneralResponse.SUCCESS) {
                if (!everAuthenticated) {
                    everAuthenticated = true;
                    stats.terminalsAuthenticated.increment();
                }
                authenticated = true;
                stats.authentications.increment();
                stats.online.increment();
                sendBacklog();
            } else {
                stats.authenticationsRefused.increment();
                authCode = null; // register again on the next connection
                channel.close();
            }
            return;
        }
        Pending p = pending.remove(response.responseSerial());
        if (p == null) {
            return;
        }
        if (response.result() == GeneralResponse.SUCCESS) {
            stats.positionsAcked.add(p.reports().size());
            stats.acked(phone, p.reports());
            stats.ackLatencyNanos(System.nanoTime() - p.sentNanos());
            if (!backlog.isEmpty()) {
                sendBacklog();
            }
        } else {
            stats.positionsRefused.add(p.reports().size());
            keep(p.reports()); // not stored: keep it and send it again later
        }
    }

    private void report() {
        if (stopped) {
            return;
        }
        LocationReport report = LocationReports.of(drive.sample(System.currentTimeMillis()), Instant.now());
        if (!authenticated || !backlog.isEmpty()) {
            keep(List.of(report)); // offline, or older points still waiting: keep the order
            if (authenticated) {
                sendBacklog();
            }
            return;
        }
        int s = send(report);
        pending.put(s, new Pending(System.nanoTime(), List.of(report)));
        stats.reportsSent.increment();
    }

    private void sendBacklog() {
        // One batch in flight at a time: the next goes when this one is acknowledged.
        if (!authenticated || backlog.isEmpty() || pending.values().stream().anyMatch(p -> p.reports().size() > 1)) {
            return;
        }
        List<LocationReport> batch = new ArrayList<>(MAX_BATCH);
        while (batch.size() < MAX_BATCH && !backlog.isEmpty()) {
            batch.add(backlog.pollFirst());
        }
        int s = send(new LocationBatchUpload(LocationBatchUpload.BLIND_AREA, batch));
        pending.put(s, new Pending(System.nanoTime(), batch));
        stats.backfillSent.add(batch.size());
    }

    private void keep(List<LocationReport> reports) {
        for (LocationReport r : reports) {
            if (backlog.size() >= MAX_BACKLOG) {
                backlog.pollFirst();
                stats.positionsLost.increment();
            }
            backlog.addLast(r);
        }
    }

    private void heartbeatIfQuiet() {
        if (authenticated && System.nanoTime() - lastSentNanos >= options.heartbeat().toNanos()) {
            send(new EmptyBody(MessageIds.HEARTBEAT));
            stats.heartbeats.increment();
        }
    }

    private void scheduleNextDrop() {
        long mean = options.dropEvery().toMillis();
        if (mean <= 0) {
            return;
        }
        long after = Math.max(1_000, (long) (-Math.log(1 - random.nextDouble()) * mean));
        loop.schedule(() -> {
            if (!stopped && channel != null) {
                stats.drops.increment();
                reconnectNotBefore = System.currentTimeMillis() + options.offlineFor().toMillis();
                channel.close(); // a tunnel, a garage: reports go on into the backlog
            }
            scheduleNextDrop();
        }, after, TimeUnit.MILLISECONDS);
    }

    private int send(MessageBody body) {
        serial = (serial + 1) & 0xFFFF;
        lastSentNanos = System.nanoTime();
        channel.writeAndFlush(Jt808Message.of(version, phone, serial, body)).addListener(f -> {
            if (!f.isSuccess() && !(f.cause() instanceof java.nio.channels.ClosedChannelException)) {
                stats.sendFailures.increment(); // e.g. a body the encoder refuses: counted, never silent
                if (stats.sendFailures.sum() <= 5) {
                    System.err.printf("simulator: terminal %s could not send 0x%04x: %s%n", phone,
                            body.messageId(), f.cause());
                }
            }
        });
        return serial;
    }
}
