package io.fleet.protocoltests.simulator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoop;
import io.netty.channel.nio.NioEventLoopGroup;

/** Runs a fleet of virtual terminals against a gateway and reports what happened. */
public final class Simulator implements AutoCloseable {

    private final SimulatorOptions options;
    private final SimulatorStats stats = new SimulatorStats();
    private final NioEventLoopGroup group;
    private final List<VirtualTerminal> terminals = new ArrayList<>();
    private final RoadNetwork roads;
    private long startNanos;

    public Simulator(SimulatorOptions options, RoadNetwork roads) {
        this.options = options;
        this.roads = roads;
        this.group = new NioEventLoopGroup(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public SimulatorStats stats() {
        return stats;
    }

    public void start() {
        startNanos = System.nanoTime();
        long ramp = options.rampUp().toMillis();
        for (int n = 0; n < options.vehicles(); n++) {
            EventLoop loop = group.next();
            VirtualTerminal terminal = new VirtualTerminal(n, options, stats, loop, roads, options.seed() * 1_000_003L + n);
            terminals.add(terminal);
            terminal.start(options.vehicles() == 1 ? 0 : ramp * n / options.vehicles());
        }
    }

    /** Prints a progress line every period until the duration is over (or forever when it is zero). */
    public void runFor(PrintStream out) throws InterruptedException {
        long end = options.duration().isZero() ? Long.MAX_VALUE : System.nanoTime() + options.duration().toNanos();
        long period = options.reportEvery().toNanos();
        while (System.nanoTime() < end) {
            long sleep = Math.min(period, end - System.nanoTime());
            TimeUnit.NANOSECONDS.sleep(Math.max(sleep, 0));
            out.println(stats.progressLine(elapsedSeconds()));
            out.flush();
        }
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public void close() {
        terminals.forEach(VirtualTerminal::stop);
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
