package io.fleet.gateway.server.session;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final TokenBucket bucket = new TokenBucket(10, now::get);

    @Test
    void aSecondsWorthPassesAtOnce() {
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.take()).isZero();
        }
    }

    @Test
    void beyondTheBurstTheWaitGrowsWithTheDebt() {
        for (int i = 0; i < 10; i++) {
            bucket.take();
        }
        assertThat(bucket.take()).isEqualTo(100_000_000L);
        assertThat(bucket.take()).isEqualTo(200_000_000L);
        assertThat(bucket.waitNanos()).isEqualTo(200_000_000L);
    }

    @Test
    void refillsWithTimeButNotBeyondCapacity() {
        for (int i = 0; i < 12; i++) {
            bucket.take();
        }
        now.addAndGet(200_000_000L);
        assertThat(bucket.waitNanos()).isZero();
        now.addAndGet(60_000_000_000L);
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.take()).isZero();
        }
        assertThat(bucket.take()).isPositive();
    }
}
