package io.fleet.protocoltests.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.Jt808MessageDecoder;
import io.fleet.gateway.codec.message.Jt808MessageEncoder;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.terminal.Authentication;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.codec.message.terminal.RegistrationResponse;
import io.fleet.gateway.codec.message.terminal.TerminalRegistration;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * A terminal that sends exactly the messages a test scripts (a recorded drive, alarm bits, blind-area batches) instead
 * of driving the map on its own like {@link VirtualTerminal}: it registers and authenticates as a real terminal does,
 * then sends each body and keeps at most {@code window} unacknowledged, so a test knows that everything it sent was
 * acknowledged (and so is in the gateway's stream) once {@link #flush()} returns. A refusal is an exception, never
 * skipped.
 */
public final class ScriptedTerminal implements AutoCloseable {

    private final String phone;
    private final ProtocolVersion version;
    private final Duration timeout;
    private final int window;
    private final Channel channel;
    private final BlockingQueue<Object> replies;
    private final Set<Integer> unacknowledged = new HashSet<>();
    private int serial;

    private ScriptedTerminal(String phone, ProtocolVersion version, Duration timeout, int window, Channel channel,
                             BlockingQueue<Object> replies) {
        this.replies = replies;
        this.phone = phone;
        this.version = version;
        this.timeout = timeout;
        this.window = window;
        this.channel = channel;
    }

    /** Connects on the given event loop group, registers (the terminal must be in the platform's registry) and authenticates. */
    public static ScriptedTerminal connect(EventLoopGroup group, String host, int port, String phone,
                                           ProtocolVersion version, int window, Duration timeout)
            throws IOException, InterruptedException {
        BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
        Channel channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new Jt808FrameDecoder(), Jt808MessageDecoder.INSTANCE,
                                Jt808MessageEncoder.INSTANCE, new SimpleChannelInboundHandler<Object>() {
                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
                                        inbox.add(msg);
                                    }

                                    @Override
                                    public void channelInactive(ChannelHandlerContext ctx) {
                                        inbox.add(Closed.INSTANCE);
                                    }
                                });
                    }
                })
                .connect(host, port).sync().channel();
        ScriptedTerminal terminal = new ScriptedTerminal(phone, version, timeout, window, channel, inbox);
        try {
            terminal.login();
        } catch (IOException | RuntimeException e) {
            terminal.close();
            throw e;
        }
        return terminal;
    }

    /** What the handler puts in the queue when the platform closes the connection. */
    private enum Closed { INSTANCE }

    private void login() throws IOException, InterruptedException {
        write(new TerminalRegistration(version, 33, 100, "70111", "FLEET-SIM", "S" + phone.substring(phone.length() - 6),
                1, "浙A·SCRIPT"));
        RegistrationResponse registered = next(RegistrationResponse.class);
        if (registered.result() != RegistrationResponse.SUCCESS) {
            throw new IOException("terminal " + phone + ": registration refused, result " + registered.result());
        }
        int s = write(version.is2019()
                ? new Authentication(registered.authCode(), "86" + phone, "FLEET-SIM-1.0")
                : new Authentication(registered.authCode(), null, null));
        GeneralResponse auth = next(GeneralResponse.class);
        if (auth.responseMessageId() != MessageIds.TERMINAL_AUTHENTICATION || auth.responseSerial() != s
                || auth.result() != GeneralResponse.SUCCESS) {
            throw new IOException("terminal " + phone + ": authentication refused, " + auth);
        }
    }

    /** Sends a body (0x0200 location report, 0x0704 batch …), waiting first while {@code window} are unanswered. */
    public void send(MessageBody body) throws IOException, InterruptedException {
        while (unacknowledged.size() >= window) {
            acknowledged();
        }
        unacknowledged.add(write(body));
    }

    /** Waits until the platform acknowledged everything sent. */
    public void flush() throws IOException, InterruptedException {
        while (!unacknowledged.isEmpty()) {
            acknowledged();
        }
    }

    private void acknowledged() throws IOException, InterruptedException {
        GeneralResponse r = next(GeneralResponse.class);
        if (!unacknowledged.remove(r.responseSerial())) {
            return; // an answer to something else
        }
        if (r.result() != GeneralResponse.SUCCESS) {
            throw new IOException("terminal " + phone + ": message " + r.responseSerial() + " (0x"
                    + Integer.toHexString(r.responseMessageId()) + ") refused, result " + r.result());
        }
    }

    /**
     * Waits for the next command the platform sends (text, parameters, control…), for tests that play the terminal's
     * side of a downlink; the platform's acknowledgements of our own messages are skipped.
     */
    public Jt808Message nextCommand() throws IOException, InterruptedException {
        while (true) {
            Object o = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (o == null) {
                throw new IOException("terminal " + phone + ": no command within " + timeout);
            }
            if (o == Closed.INSTANCE) {
                throw new IOException("terminal " + phone + ": the platform closed the connection");
            }
            if (o instanceof Jt808Message m && (m.messageId() & 0x8000) != 0
                    && m.messageId() != MessageIds.PLATFORM_GENERAL_RESPONSE) {
                return m;
            }
        }
    }

    /** Answers a platform command with the terminal's general response (0x0001) and {@code result}. */
    public void answer(Jt808Message command, int result) throws IOException {
        write(GeneralResponse.fromTerminal(command.header().serial(), command.messageId(), result));
    }

    private <T> T next(Class<T> type) throws IOException, InterruptedException {
        while (true) {
            Object o = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (o == null) {
                throw new IOException("terminal " + phone + ": no answer within " + timeout);
            }
            if (o == Closed.INSTANCE) {
                throw new IOException("terminal " + phone + ": the platform closed the connection");
            }
            if (o instanceof Jt808Message m && type.isInstance(m.body())) {
                return type.cast(m.body());
            }
        }
    }

    private int write(MessageBody body) throws IOException {
        serial = (serial + 1) & 0xFFFF;
        try {
            channel.writeAndFlush(Jt808Message.of(version, phone, serial, body)).sync();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (RuntimeException e) {
            throw new IOException("terminal " + phone + ": could not send 0x" + Integer.toHexString(body.messageId()), e);
        }
        return serial;
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
    }
}
