package io.fleet.mobile.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.fleet.mobile.idempotency.IdempotencyStore.Outcome;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyStoreTest {

    @Inject
    IdempotencyStore store;

    private final String key = UUID.randomUUID().toString();

    @Test
    void aRetryAfterCompletionReplaysTheFirstAnswer() {
        assertThat(store.claim("driver-7", key, "POST /trips/1/depart #abc").outcome()).isEqualTo(Outcome.PROCEED);
        store.complete("driver-7", key, "{\"state\":\"UNDER_WAY\"}");

        var retry = store.claim("driver-7", key, "POST /trips/1/depart #abc");
        assertThat(retry.outcome()).isEqualTo(Outcome.REPLAY);
        assertThat(retry.answer()).isEqualTo("{\"state\":\"UNDER_WAY\"}");
    }

    @Test
    void aRetryWhileTheFirstAttemptRunsIsToldToWait() {
        store.claim("driver-7", key, "f");
        assertThat(store.claim("driver-7", key, "f").outcome()).isEqualTo(Outcome.IN_PROGRESS);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() {
        store.claim("driver-7", key, "POST /trips/1/depart #abc");
        assertThat(store.claim("driver-7", key, "POST /trips/2/depart #def").outcome()).isEqualTo(Outcome.KEY_REUSED);
    }

    @Test
    void keysOfDifferentAccountsDoNotCollide() {
        store.claim("driver-7", key, "f");
        assertThat(store.claim("driver-8", key, "f").outcome()).isEqualTo(Outcome.PROCEED);
    }

    @Test
    void aReleasedClaimCanBeRetried() {
        store.claim("driver-7", key, "f");
        store.release("driver-7", key);
        assertThat(store.claim("driver-7", key, "f").outcome()).isEqualTo(Outcome.PROCEED);
    }

    @Test
    void ofManyConcurrentAttemptsExactlyOneProceeds() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Outcome>> attempts = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                attempts.add(() -> store.claim("driver-7", key, "f").outcome());
            }
            long proceeded = 0;
            for (Future<Outcome> f : pool.invokeAll(attempts)) {
                if (f.get() == Outcome.PROCEED) {
                    proceeded++;
                }
            }
            assertThat(proceeded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
