package io.fleet.dispatch.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import io.fleet.dispatch.redis.RedisConfig;
import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.server.GatewayConfig;
import io.fleet.gateway.server.GatewayServer;
import io.fleet.protocoltests.simulator.RoadNetwork;
import io.fleet.protocoltests.simulator.Simulator;
import io.fleet.protocoltests.simulator.SimulatorOptions;
import io.fleet.protocoltests.simulator.SimulatorStats;

/**
 * Real terminals for a test: the real gateway in-process on this test's Redis prefix, and the terminal simulator
 * (protocol-tests) driving {@code vehicles} terminals from {@code firstPhone} on over TCP. No drops: the terminals
 * stay connected until closed.
 */
public final class SimulatedFleet implements AutoCloseable {

    private final GatewayServer gateway;
    private final Simulator simulator;
    private boolean terminalsStopped;

    private SimulatedFleet(GatewayServer gateway, Simulator simulator) {
        this.gateway = gateway;
        this.simulator = simulator;
    }

    public static SimulatedFleet start(RedisConfig redis, long firstPhone, int vehicles, String interval) throws Exception {
        GatewayConfig config = new GatewayConfig("127.0.0.1", 0, 0, redis.url(), redis.prefix(), "console-test",
                Duration.ofSeconds(60), 3, 50, Jt808FrameDecoder.DEFAULT_MAX_FRAME_LENGTH, 32, 10_000, Duration.ofSeconds(2));
        GatewayServer gateway = GatewayServer.start(config);
        try {
            SimulatorOptions o = SimulatorOptions.parse(new String[] {"--vehicles", Integer.toString(vehicles),
                    "--interval", interval, "--first-phone", Long.toString(firstPhone), "--drop-every", "0",
                    "--ramp-up", "0", "--seed", "5"});
            RoadNetwork roads = RoadNetwork.load(Path.of("../data/osm/andorra.osm.pbf"), Path.of("target/simulator-graph"));
            Simulator simulator = new Simulator(new SimulatorOptions(o.vehicles(), o.interval(), o.duration(), "127.0.0.1",
                    gateway.port(), o.firstPhone(), o.version(), o.map(), o.graphCache(), o.dropEvery(), o.offlineFor(),
                    o.heartbeat(), o.reportEvery(), o.rampUp(), o.seed()), roads);
            simulator.start();
            return new SimulatedFleet(gateway, simulator);
        } catch (Exception | Error e) {
            gateway.close();
            throw e;
        }
    }

    public SimulatorStats stats() {
        return simulator.stats();
    }

    /** Stops the terminals (their connections close) but keeps the gateway running. */
    public void stopTerminals() {
        if (!terminalsStopped) {
            terminalsStopped = true;
            simulator.close(); // closing twice is refused by the simulator's event loop
        }
    }

    @Override
    public void close() throws Exception {
        try {
            stopTerminals();
        } finally {
            gateway.close();
        }
    }

    public static void await(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
