package io.fleet.dispatch.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.fleet.protocoltests.simulator.Simulator;
import io.fleet.protocoltests.simulator.SimulatorStats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults survived with nothing lost (issue #12). Everything runs as its own OS process: a private PostgreSQL and
 * Redis (append-only, fsync always), two gateway nodes from the gateway jar behind HAProxy, two dispatch-service
 * processes consuming the positions stream in one group; the simulated terminals run in this JVM and connect to the
 * balancer's one address. Each scenario drives its own freshly registered terminals, injects one fault mid-traffic,
 * lets the platform recover, stops the terminals, waits until ingest drained the stream, and compares every
 * position the terminals saw acknowledged with every position stored (by terminal and fix time): the difference
 * must be zero, and no position may be stored twice. Runs in the integration-test phase, after the service's jar
 * is packaged. `bin/fleet soak` runs the same faults in a loop for longer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    private static final int VEHICLES = 60;
    private static final Duration INTERVAL = Duration.ofSeconds(1);
    private static FaultRig rig;

    @BeforeAll
    static void startRig() throws Exception {
        rig = FaultRig.start(List.of("ingest-a", "ingest-b"), Duration.ofSeconds(3));
    }

    @AfterAll
    static void stopRig() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    @Order(1)
    void aGatewayNodeKilledMidTrafficLosesNothingAcknowledgedAndCommandsFollowTheTerminal() throws Exception {
        Fleet fleet = rig.registerFleet(VEHICLES);
        Simulator simulator = rig.simulate(fleet, INTERVAL, 1);
        SimulatorStats stats = simulator.stats();
        try {
            OsProcess.await("every terminal online", () -> stats.online.sum() == VEHICLES, Duration.ofSeconds(60));
            Map<String, Downlink.Outcome> before = Downlink.sendToAll(rig, fleet, "请回车队", Duration.ofSeconds(10));
            Map<String, Long> perNode = before.values().stream()
                    .collect(Collectors.groupingBy(Downlink.Outcome::node, Collectors.counting()));
            assertThat(before.values()).as("each command reached its terminal, on whichever node holds it")
                    .allMatch(o -> o.result().equals("ok"));
            assertThat(perNode).as("terminals are spread over both nodes").containsOnlyKeys("gw-1", "gw-2");
            Thread.sleep(3_000);

            long ackedBeforeKill = stats.positionsAcked.sum();
            rig.gateway("gw-1").kill9();
            long backfillBefore = stats.backfillSent.sum();
            OsProcess.await("the terminals of gw-1 reconnected to gw-2", () -> stats.online.sum() == VEHICLES
                    && rig.gateway("gw-2").metric("fleet_gateway_sessions") == VEHICLES, Duration.ofSeconds(60));
            OsProcess.await("they backfilled what they kept", () -> stats.backfillSent.sum() > backfillBefore,
                    Duration.ofSeconds(30));
            Thread.sleep(3_000);
            Map<String, Downlink.Outcome> after = Downlink.sendToAll(rig, fleet, "任务已取消", Duration.ofSeconds(10));
            assertThat(after.values()).as("after the failover every command reaches its terminal on gw-2")
                    .allMatch(o -> o.result().equals("ok") && o.node().equals("gw-2"));
            assertThat(stats.positionsAcked.sum()).isGreaterThan(ackedBeforeKill);
            System.out.printf("gateway kill: %d terminals on gw-1 and %d on gw-2 before, all %d on gw-2 after; "
                    + "%d positions backfilled after the kill%n", perNode.get("gw-1"), perNode.get("gw-2"), VEHICLES,
                    stats.backfillSent.sum() - backfillBefore);
        } finally {
            simulator.close();
        }
        assertNothingLost("gateway node killed", fleet, stats);
        rig.gateway("gw-1").start(); // same node id, as production restarts it
    }

    @Test
    @Order(2)
    void postgresRestartedUnderLoadPausesIngestWhileTheGatewayGoesOnAcknowledging() throws Exception {
        Fleet fleet = rig.registerFleet(VEHICLES);
        Simulator simulator = rig.simulate(fleet, INTERVAL, 2);
        SimulatorStats stats = simulator.stats();
        try {
            OsProcess.await("every terminal online", () -> stats.online.sum() == VEHICLES, Duration.ofSeconds(60));
            Thread.sleep(5_000);
            rig.pg.crash();
            long ackedAtCrash = stats.positionsAcked.sum();
            long lengthAtCrash = rig.streamLength();
            Thread.sleep(8_000);
            FaultRig.GroupState whileDown = rig.groupState();
            long waitingWhileDown = whileDown.lag() + whileDown.pending();
            assertThat(stats.positionsAcked.sum()).as("the gateway goes on acknowledging: the stream holds them")
                    .isGreaterThan(ackedAtCrash + VEHICLES);
            assertThat(rig.streamLength()).isGreaterThan(lengthAtCrash);
            assertThat(waitingWhileDown).as("ingest is paused: entries wait in the stream, unread or unacknowledged")
                    .isGreaterThan(VEHICLES);
            rig.pg.startServer();
            Thread.sleep(8_000);
            assertThat(rig.ingest.values()).as("the ingest processes survived").allMatch(IngestNode::alive);
            System.out.printf("PostgreSQL restart: %d entries waiting in the stream after 8 s down (%d unread, %d read "
                    + "and not acknowledged)%n", waitingWhileDown, whileDown.lag(), whileDown.pending());
        } finally {
            simulator.close();
        }
        assertNothingLost("PostgreSQL restarted", fleet, stats);
    }

    @Test
    @Order(3)
    void redisKilledAndRestartedUnderLoadHoldsTerminalsBackAndLosesNothing() throws Exception {
        Fleet fleet = rig.registerFleet(VEHICLES);
        Simulator simulator = rig.simulate(fleet, INTERVAL, 3);
        SimulatorStats stats = simulator.stats();
        try {
            OsProcess.await("every terminal online", () -> stats.online.sum() == VEHICLES, Duration.ofSeconds(60));
            Thread.sleep(5_000);
            rig.redis.kill9();
            Thread.sleep(1_000); // acknowledgements of appends Redis answered before it died may still arrive
            long ackedAfterKill = stats.positionsAcked.sum();
            Thread.sleep(6_000);
            assertThat(stats.positionsAcked.sum()).as("nothing is acknowledged while the stream is unavailable")
                    .isEqualTo(ackedAfterKill);
            assertThat(rig.gateways).as("the gateways hold on").allMatch(GatewayNode::alive);
            double failedWrites = rig.gateways.stream().mapToDouble(g -> g.metric("fleet_gateway_stream_writes_total"
                    + "{result=\"failed\"}")).sum();
            rig.redis.startServer();
            OsProcess.await("the gateways are healthy again", () -> rig.gateways.stream()
                    .allMatch(GatewayNode::healthy), Duration.ofSeconds(30));
            long refused = stats.positionsRefused.sum();
            OsProcess.await("acknowledgements resume", () -> stats.positionsAcked.sum() > ackedAfterKill + VEHICLES,
                    Duration.ofSeconds(60));
            Thread.sleep(8_000);
            assertThat(rig.ingest.values()).as("the ingest processes survived").allMatch(IngestNode::alive);
            System.out.printf("Redis kill -9: %d positions refused (0x8001 result 1) and kept by the terminals, "
                    + "failed-write counter %.0f%n", refused, failedWrites);
        } finally {
            simulator.close();
        }
        assertNothingLost("Redis killed and restarted", fleet, stats);
    }

    @Test
    @Order(4)
    void anIngestConsumerKilledMidBatchIsReclaimedByTheOtherNothingLostNothingDoubled() throws Exception {
        Fleet fleet = rig.registerFleet(VEHICLES);
        Simulator simulator = rig.simulate(fleet, Duration.ofMillis(1_000), 4);
        SimulatorStats stats = simulator.stats();
        long pendingOfVictim;
        try {
            OsProcess.await("every terminal online", () -> stats.online.sum() == VEHICLES, Duration.ofSeconds(60));
            Thread.sleep(3_000);
            pendingOfVictim = rig.killMidBatch("ingest-a", Duration.ofSeconds(120));
            assertThat(pendingOfVictim).as("the batch being written when killed stays pending").isPositive();
            Thread.sleep(8_000);
        } finally {
            simulator.close();
        }
        assertNothingLost("ingest consumer killed mid-batch", fleet, stats);
        assertThat(rig.groupState().pendingByConsumer().getOrDefault("ingest-a", 0L))
                .as("the dead consumer's entries were re-claimed by the other").isZero();
        System.out.printf("ingest kill -9: %d entries pending of the dead consumer, re-claimed%n", pendingOfVictim);
    }

    private static void assertNothingLost(String scenario, Fleet fleet, SimulatorStats stats) throws Exception {
        Thread.sleep(1_000); // appends in flight when the terminals stopped
        rig.awaitIngestDrained(Duration.ofSeconds(120));
        Ledger ledger = Ledger.of(stats.ackedFixes(), rig.stored(fleet), rig.rejected(fleet));
        System.out.printf("%s: %s; terminals: %d connects, %d reports sent, %d backfilled, %d refused and kept%n",
                scenario, ledger, stats.connects.sum(), stats.reportsSent.sum(), stats.backfillSent.sum(),
                stats.positionsRefused.sum());
        assertThat(ledger.acked()).as("the terminals were acknowledged").isGreaterThan(VEHICLES * 10L);
        List<String> rejections = rig.rejections(fleet);
        assertThat(ledger.missing()).as(scenario + ": acknowledged positions not stored; rejected: " + rejections)
                .isZero();
        assertThat(ledger.doubled()).as(scenario + ": positions stored twice").isZero();
        assertThat(ledger.rejected()).as(scenario + ": positions rejected: " + rejections).isZero();
        assertThat(stats.positionsLost.sum()).as("no terminal overflowed its memory").isZero();
    }
}
