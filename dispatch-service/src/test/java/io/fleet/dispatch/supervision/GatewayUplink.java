package io.fleet.dispatch.supervision;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.fleet.dispatch.redis.RedisConfig;
import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.server.GatewayConfig;
import io.fleet.gateway.server.GatewayServer;
import io.fleet.protocoltests.simulator.ScriptedTerminal;
import io.netty.channel.nio.NioEventLoopGroup;

/**
 * Reports sent the way terminals send them: a real gateway in this process (same Redis and prefix as the service, as
 * in TrackEndToEndTest), and one simulator terminal per car that registers, authenticates and sends its frames over
 * TCP; the gateway decodes, checks and appends them to the positions stream and acknowledges each only after that.
 * The gateway's per-connection frame limit is raised: the suite replays hours of recorded driving in seconds.
 */
final class GatewayUplink implements Feed.Uplink {

    private final GatewayServer gateway;
    private final NioEventLoopGroup loop = new NioEventLoopGroup(1);
    private final Map<String, ScriptedTerminal> terminals = new LinkedHashMap<>();
    private long frames;

    GatewayUplink(RedisConfig redis) throws Exception {
        gateway = GatewayServer.start(new GatewayConfig("127.0.0.1", 0, 0, redis.url(), redis.prefix(), "scenarios",
                Duration.ofSeconds(60), 3, 1_000_000, Jt808FrameDecoder.DEFAULT_MAX_FRAME_LENGTH, 32, 10_000,
                Duration.ofSeconds(2)));
    }

    @Override
    public void send(String phone, MessageBody body) throws Exception {
        ScriptedTerminal terminal = terminals.get(phone);
        if (terminal == null) {
            terminal = connect(phone);
            terminals.put(phone, terminal);
        }
        terminal.send(body);
        frames++;
    }

    /**
     * As a real terminal does, registration is tried again when refused: the gateway reads the registry mirror that
     * the service writes after the terminal's commit, which a loaded machine can see a moment late.
     */
    private ScriptedTerminal connect(String phone) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return ScriptedTerminal.connect(loop, "127.0.0.1", gateway.port(), phone, ProtocolVersion.V2013, 16,
                        Duration.ofSeconds(20));
            } catch (java.io.IOException e) {
                if (attempt >= 10 || !String.valueOf(e.getMessage()).contains("registration refused")) {
                    throw e;
                }
                Thread.sleep(1_000);
            }
        }
    }

    @Override
    public void flush() throws Exception {
        for (ScriptedTerminal t : terminals.values()) {
            t.flush();
        }
    }

    int terminals() {
        return terminals.size();
    }

    long frames() {
        return frames;
    }

    @Override
    public void close() throws Exception {
        terminals.values().forEach(ScriptedTerminal::close);
        loop.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
        gateway.close();
    }
}
