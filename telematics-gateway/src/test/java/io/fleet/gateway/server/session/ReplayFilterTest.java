package io.fleet.gateway.server.session;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayFilterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final ReplayFilter filter = new ReplayFilter(60_000, now::get);

    @Test
    void sameTerminalIdSerialAndBodyWithinTheWindowIsSeen() {
        long print = ReplayFilter.fingerprint(0x0200, 7, new byte[] {1, 2, 3});
        assertThat(filter.seen("13912345678", print)).isFalse();
        filter.stored("13912345678", print);
        assertThat(filter.seen("13912345678", print)).isTrue();
        assertThat(filter.seen("13912345679", print)).as("another terminal").isFalse();
        assertThat(filter.seen("13912345678", ReplayFilter.fingerprint(0x0200, 8, new byte[] {1, 2, 3})))
                .as("another serial").isFalse();
        assertThat(filter.seen("13912345678", ReplayFilter.fingerprint(0x0200, 7, new byte[] {1, 2, 4})))
                .as("another body").isFalse();
        now.addAndGet(60_001);
        assertThat(filter.seen("13912345678", print)).as("after the window").isFalse();
    }

    @Test
    void remembersTheLastFewPerTerminalAndSweepsSilentTerminals() {
        for (int serial = 0; serial < ReplayFilter.REMEMBERED + 1; serial++) {
            filter.stored("a", ReplayFilter.fingerprint(0x0200, serial, new byte[0]));
        }
        assertThat(filter.seen("a", ReplayFilter.fingerprint(0x0200, 0, new byte[0]))).as("pushed out").isFalse();
        assertThat(filter.seen("a", ReplayFilter.fingerprint(0x0200, ReplayFilter.REMEMBERED, new byte[0]))).isTrue();
        now.addAndGet(30_000);
        filter.stored("b", 1);
        now.addAndGet(30_001);
        filter.sweep();
        assertThat(filter.terminals()).isEqualTo(1);
        assertThat(filter.seen("b", 1)).isTrue();
    }

    @Test
    void aZeroWindowStoresNothing() {
        ReplayFilter off = new ReplayFilter(0, now::get);
        off.stored("a", 1);
        assertThat(off.enabled()).isFalse();
        assertThat(off.terminals()).isZero();
    }
}
