package io.fleet.dispatch.track.live;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One push client's queue: the newest not-yet-sent position of each vehicle that changed, handed out as fast as the
 * client asks for them, oldest change first.
 *
 * <p>The live map needs each car's latest state, not every fix in between, so a client that cannot keep up with a
 * burst gets each changed car's newest position instead of a backlog: a position waiting to be sent is replaced by a
 * newer one of the same car (keeping its place in the queue, so every car gets its turn). The queue holds at most one
 * entry per vehicle and never overflows, so no car's last update is ever dropped and no client is disconnected for
 * being slow. A position not newer than what the client already got or is about to get is skipped, so each car only
 * moves forward on the client's screen.
 *
 * <p>Single subscriber; {@link #offer} may be called from any thread, concurrently with requests.
 */
final class LatestPerVehicle implements Flow.Publisher<LivePosition> {

    private final Object lock = new Object();
    /** Vehicle → newest position waiting to be sent, in the order the vehicles first changed. */
    private final LinkedHashMap<Long, LivePosition> pending = new LinkedHashMap<>();
    /** Vehicle → fix time of the newest position handed to the client. */
    private final Map<Long, Long> sent = new HashMap<>();
    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private final AtomicBoolean subscribed = new AtomicBoolean();
    private final Runnable onSubscribe;
    private final Runnable onCancel;
    private volatile Flow.Subscriber<? super LivePosition> subscriber;
    private volatile boolean cancelled;

    /**
     * @param onSubscribe called once the client subscribed, before anything is sent (register for updates, seed
     *                    the snapshot)
     * @param onCancel    called once when the client goes away
     */
    LatestPerVehicle(Runnable onSubscribe, Runnable onCancel) {
        this.onSubscribe = onSubscribe;
        this.onCancel = onCancel;
    }

    /** Queues a position for the client unless it already has (or is about to get) that car's same or newer fix. */
    void offer(LivePosition position) {
        if (cancelled) {
            return;
        }
        synchronized (lock) {
            Long delivered = sent.get(position.vehicleId());
            if (delivered != null && delivered >= position.fixTimeMillis()) {
                return;
            }
            LivePosition waiting = pending.get(position.vehicleId());
            if (waiting != null && waiting.fixTimeMillis() >= position.fixTimeMillis()) {
                return;
            }
            pending.put(position.vehicleId(), position); // a replaced entry keeps its place in the queue
        }
        drain();
    }

    /** Number of vehicles whose newest position waits to be sent. */
    int waiting() {
        synchronized (lock) {
            return pending.size();
        }
    }

    @Override
    public void subscribe(Flow.Subscriber<? super LivePosition> downstream) {
        if (!subscribed.compareAndSet(false, true)) {
            downstream.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            downstream.onError(new IllegalStateException("one subscriber per push client"));
            return;
        }
        subscriber = downstream;
        downstream.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                if (n <= 0) {
                    cancel();
                    downstream.onError(new IllegalArgumentException("request must be positive (§3.9)"));
                    return;
                }
                requested.getAndAccumulate(n, (current, add) -> current + add < 0 ? Long.MAX_VALUE : current + add);
                drain();
            }

            @Override
            public void cancel() {
                if (!cancelled) {
                    cancelled = true;
                    onCancel.run();
                    synchronized (lock) {
                        pending.clear();
                    }
                }
            }
        });
        onSubscribe.run();
        if (cancelled) {
            onCancel.run(); // cancelled while registering: undo the registration (removal is idempotent)
        }
    }

    /** Hands out waiting positions while the client has demand; one thread at a time (the others leave a mark). */
    private void drain() {
        if (subscriber == null || work.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            while (!cancelled && requested.get() > 0) {
                LivePosition next;
                synchronized (lock) {
                    Iterator<LivePosition> first = pending.values().iterator();
                    if (!first.hasNext()) {
                        break;
                    }
                    next = first.next();
                    first.remove();
                    sent.put(next.vehicleId(), next.fixTimeMillis());
                }
                if (requested.get() != Long.MAX_VALUE) {
                    requested.decrementAndGet();
                }
                subscriber.onNext(next);
            }
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }
}
