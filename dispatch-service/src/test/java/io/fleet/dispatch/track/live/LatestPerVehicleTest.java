package io.fleet.dispatch.track.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A push client's queue: newest position per car, each car's last change delivered, in order of change, on demand. */
class LatestPerVehicleTest {

    @Test
    void aClientWithoutDemandGetsEachChangedCarsNewestPositionOnceItAsks() {
        Recorder client = new Recorder();
        LatestPerVehicle queue = new LatestPerVehicle(() -> { }, () -> { });
        queue.subscribe(client);
        for (int round = 1; round <= 50; round++) {
            for (long car = 1; car <= 100; car++) {
                queue.offer(at(car, round * 1000L));
            }
        }
        assertThat(client.received).isEmpty();
        assertThat(queue.waiting()).isEqualTo(100); // one entry per car, however many changes

        client.subscription.request(Long.MAX_VALUE);

        assertThat(client.received).hasSize(100);
        assertThat(client.received).allSatisfy(p -> assertThat(p.fixTimeMillis()).isEqualTo(50_000L));
        assertThat(client.received).extracting(LivePosition::vehicleId).startsWith(1L, 2L, 3L).endsWith(100L);
    }

    @Test
    void aReplacedPositionKeepsItsCarsTurnAndOlderOrRepeatedFixesAreSkipped() {
        Recorder client = new Recorder();
        LatestPerVehicle queue = new LatestPerVehicle(() -> { }, () -> { });
        queue.subscribe(client);
        queue.offer(at(1, 1000));
        queue.offer(at(2, 1000));
        queue.offer(at(1, 2000)); // car 1 changed again: still first in line, with its newer fix
        queue.offer(at(2, 500)); // older than the waiting one
        client.subscription.request(1);
        assertThat(client.received).extracting(LivePosition::vehicleId, LivePosition::fixTimeMillis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 2000L));

        queue.offer(at(1, 2000)); // already delivered (a snapshot read after the change was pushed)
        queue.offer(at(1, 1500)); // older than delivered
        client.subscription.request(5);
        assertThat(client.received).extracting(LivePosition::vehicleId, LivePosition::fixTimeMillis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 2000L),
                        org.assertj.core.groups.Tuple.tuple(2L, 1000L));

        queue.offer(at(1, 3000)); // demand left over: delivered at once
        assertThat(client.received).hasSize(3);
    }

    @Test
    void subscribingRunsTheSeedAndCancellingUnregistersAndStopsDelivery() {
        AtomicInteger registered = new AtomicInteger();
        Recorder client = new Recorder();
        LatestPerVehicle[] holder = new LatestPerVehicle[1];
        holder[0] = new LatestPerVehicle(() -> {
            registered.incrementAndGet();
            holder[0].offer(at(7, 100)); // the snapshot
        }, registered::decrementAndGet);
        holder[0].subscribe(client);
        client.subscription.request(10);
        assertThat(client.received).extracting(LivePosition::vehicleId).containsExactly(7L);
        assertThat(registered).hasValue(1);

        client.subscription.cancel();
        client.subscription.cancel();
        holder[0].offer(at(7, 200));
        assertThat(registered).hasValue(0);
        assertThat(client.received).hasSize(1);
    }

    @Test
    void concurrentProducersAndASlowConsumerEndWithEveryCarsLastPosition() throws Exception {
        int cars = 200;
        int rounds = 300;
        LatestPerVehicle queue = new LatestPerVehicle(() -> { }, () -> { });
        Map<Long, Long> last = new HashMap<>();
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger backwards = new AtomicInteger();
        // requests one at a time from its own thread, as the SSE writer does after each write completes
        Flow.Subscriber<LivePosition> slow = new Flow.Subscriber<>() {
            Flow.Subscription s;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                s = subscription;
                s.request(1);
            }

            @Override
            public void onNext(LivePosition item) {
                synchronized (last) {
                    Long before = last.put(item.vehicleId(), item.fixTimeMillis());
                    if (before != null && before >= item.fixTimeMillis()) {
                        backwards.incrementAndGet();
                    }
                }
                ForkJoinPool.commonPool().execute(() -> s.request(1));
            }

            @Override
            public void onError(Throwable throwable) {
                done.countDown();
            }

            @Override
            public void onComplete() {
                done.countDown();
            }
        };
        queue.subscribe(slow);
        List<Thread> producers = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            long firstCar = half * (cars / 2L) + 1;
            Thread producer = new Thread(() -> {
                for (int round = 1; round <= rounds; round++) {
                    for (long car = firstCar; car < firstCar + cars / 2; car++) {
                        queue.offer(at(car, round));
                    }
                }
            });
            producer.start();
            producers.add(producer);
        }
        for (Thread producer : producers) {
            producer.join();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            synchronized (last) {
                if (last.size() == cars && last.values().stream().allMatch(t -> t == rounds)) {
                    break;
                }
            }
            Thread.sleep(20);
        }
        synchronized (last) {
            assertThat(last).hasSize(cars);
            assertThat(last.values()).allMatch(t -> t == rounds);
        }
        assertThat(backwards).hasValue(0); // no car ever went back in time
        assertThat(done.getCount()).isEqualTo(1); // never failed or completed
    }

    private static LivePosition at(long car, long fixTimeMillis) {
        return new LivePosition(fixTimeMillis, car, "浙A·" + car, "/1/", "1380000" + car, 30.0, 120.0, 10f, 0, 0,
                true, 0, 0, null, null, false);
    }

    private static final class Recorder implements Flow.Subscriber<LivePosition> {
        final List<LivePosition> received = new ArrayList<>();
        Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(LivePosition item) {
            received.add(item);
        }

        @Override
        public void onError(Throwable throwable) {
            throw new AssertionError(throwable);
        }

        @Override
        public void onComplete() {
            throw new AssertionError("a live stream does not complete");
        }
    }
}
