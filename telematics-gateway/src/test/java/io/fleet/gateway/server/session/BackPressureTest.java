package io.fleet.gateway.server.session;

import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.netty.channel.DefaultChannelId;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.ImmediateEventExecutor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackPressureTest {

    private final GatewayMetrics metrics = new GatewayMetrics();
    private final DefaultChannelGroup channels = new DefaultChannelGroup(ImmediateEventExecutor.INSTANCE);
    private final BackPressure backPressure = new BackPressure(4, 6, channels, metrics);

    private TerminalSession session() {
        // Each with an id of its own: embedded channels share one by default, and a group is keyed by id.
        EmbeddedChannel channel = new EmbeddedChannel(DefaultChannelId.newInstance());
        TerminalSession session = new TerminalSession(channel, 50);
        channel.attr(TerminalSession.KEY).set(session);
        channels.add(channel);
        return session;
    }

    @Test
    void channelStopsReadingAtItsLimitAndResumesAtHalf() {
        TerminalSession session = session();
        for (int i = 0; i < 4; i++) {
            assertThat(session.channel().config().isAutoRead()).isTrue();
            backPressure.started(session);
        }
        assertThat(session.channel().config().isAutoRead()).isFalse();
        backPressure.finished(session);
        assertThat(session.channel().config().isAutoRead()).isFalse();
        backPressure.finished(session);
        assertThat(session.channel().config().isAutoRead()).isTrue();
        assertThat(metrics.render()).contains("fleet_gateway_backpressure_pauses_total{scope=\"channel\"} 1\n");
    }

    @Test
    void nodeLimitStopsEveryChannelAndNewOnes() {
        TerminalSession busy = session();
        TerminalSession quiet = session();
        TerminalSession other = session();
        for (int i = 0; i < 3; i++) {
            backPressure.started(busy);
            backPressure.started(other);
        }
        runTasks(busy, quiet, other);
        assertThat(quiet.channel().config().isAutoRead()).isFalse();
        TerminalSession late = session();
        backPressure.accepted(late.channel());
        runTasks(late);
        assertThat(late.channel().config().isAutoRead()).isFalse();

        for (int i = 0; i < 3; i++) {
            backPressure.finished(busy);
        }
        runTasks(busy, quiet, other, late);
        assertThat(backPressure.pending()).isEqualTo(3);
        assertThat(quiet.channel().config().isAutoRead()).isTrue();
        assertThat(late.channel().config().isAutoRead()).isTrue();
        assertThat(metrics.render()).contains("fleet_gateway_backpressure_pauses_total{scope=\"global\"} 1\n");
    }

    @Test
    void aRateLimitPauseOutlivesTheBacklogResume() {
        TerminalSession session = session();
        session.readGate().pause(ReadGate.Reason.RATE_LIMIT);
        for (int i = 0; i < 4; i++) {
            backPressure.started(session);
        }
        for (int i = 0; i < 4; i++) {
            backPressure.finished(session);
        }
        assertThat(session.channel().config().isAutoRead()).isFalse();
        session.readGate().resume(ReadGate.Reason.RATE_LIMIT);
        assertThat(session.channel().config().isAutoRead()).isTrue();
    }

    private static void runTasks(TerminalSession... sessions) {
        for (TerminalSession s : sessions) {
            ((EmbeddedChannel) s.channel()).runPendingTasks();
            ((EmbeddedChannel) s.channel()).checkException();
        }
    }
}
