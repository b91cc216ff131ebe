package io.fleet.gateway.server.metrics;

import io.fleet.gateway.codec.InvalidKind;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * Everything the gateway counts, rendered as Prometheus text by {@link #render()}. One instance per server;
 * every method is thread-safe and cheap enough to call per frame.
 */
public final class GatewayMetrics {

    private static final String P = "fleet_gateway_";

    private final AtomicInteger connections = new AtomicInteger();
    private final LongAdder connectionsTotal = new LongAdder();
    private final LongAdder droppedBeforeAuth = new LongAdder();
    private final LongAdder idleCloses = new LongAdder();
    private final LongAdder handlerErrors = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LabeledCounter subpacketsOut = new LabeledCounter(P + "downlink_subpackets_total",
            "Downlink commands too long for one frame, sent as subpackets, by message id", "msg_id");
    private final LabeledCounter framesIn = new LabeledCounter(P + "frames_in_total",
            "Valid frames received, by message id", "msg_id");
    private final LabeledCounter framesOut = new LabeledCounter(P + "frames_out_total",
            "Frames sent, by message id", "msg_id");
    private final LabeledCounter decodeErrors = new LabeledCounter(P + "decode_errors_total",
            "Frames the codec rejected, by kind", "kind");
    private final LabeledCounter authFailures = new LabeledCounter(P + "auth_failures_total",
            "Refused registrations and authentications, by reason", "reason");
    private final LabeledCounter streamWrites = new LabeledCounter(P + "stream_writes_total",
            "Redis stream appends of uplinks, by result", "result");
    private final LabeledCounter backPressurePauses = new LabeledCounter(P + "backpressure_pauses_total",
            "Times reading stopped because stream writes piled up, by scope", "scope");
    private final LabeledCounter rateLimitPauses = new LabeledCounter(P + "rate_limit_pauses_total",
            "Times a connection stopped reading because it sent too many frames per second", "scope");
    private final LabeledCounter downlinks = new LabeledCounter(P + "downlink_commands_total",
            "Downlink commands by outcome", "result");
    private final LatencyHistogram streamLatency = new LatencyHistogram(P + "stream_write_seconds",
            "Latency of Redis stream appends of uplinks");
    private volatile IntSupplier sessions = () -> 0;
    private volatile IntSupplier pendingWrites = () -> 0;

    public void sessionsFrom(IntSupplier authenticatedSessions) {
        this.sessions = authenticatedSessions;
    }

    public void pendingWritesFrom(IntSupplier inFlight) {
        this.pendingWrites = inFlight;
    }

    public void connectionOpened() {
        connections.incrementAndGet();
        connectionsTotal.increment();
    }

    public void connectionClosed() {
        connections.decrementAndGet();
    }

    public void frameIn(String messageId) {
        framesIn.increment(messageId);
    }

    public void frameOut(String messageId) {
        framesOut.increment(messageId);
    }

    public void decodeError(InvalidKind kind) {
        decodeErrors.increment(kind.code());
    }

    public void authFailure(String reason) {
        authFailures.increment(reason);
    }

    public void droppedBeforeAuth() {
        droppedBeforeAuth.increment();
    }

    public void streamWrite(boolean ok, long nanos) {
        streamWrites.increment(ok ? "ok" : "failed");
        streamLatency.observeNanos(nanos);
    }

    public void backPressurePause(String scope) {
        backPressurePauses.increment(scope);
    }

    public void rateLimitPause() {
        rateLimitPauses.increment("channel");
    }

    public void downlink(String result) {
        downlinks.increment(result);
    }

    public void idleClose() {
        idleCloses.increment();
    }

    public void duplicate() {
        duplicates.increment();
    }

    public void subpackagedDownlink(String messageId) {
        subpacketsOut.increment(messageId);
    }

    public void handlerError() {
        handlerErrors.increment();
    }

    public String render() {
        PrometheusText out = new PrometheusText();
        gauge(out, P + "connections", "Open TCP connections", connections.get());
        counter(out, P + "connections_total", "TCP connections accepted", connectionsTotal.sum());
        gauge(out, P + "sessions", "Authenticated terminal sessions on this node", sessions.getAsInt());
        gauge(out, P + "stream_writes_pending", "Stream appends in flight", pendingWrites.getAsInt());
        framesIn.writeTo(out);
        framesOut.writeTo(out);
        decodeErrors.writeTo(out);
        authFailures.writeTo(out);
        counter(out, P + "dropped_before_auth_total", "Messages refused because the connection was not authenticated",
                droppedBeforeAuth.sum());
        streamWrites.writeTo(out);
        streamLatency.writeTo(out);
        backPressurePauses.writeTo(out);
        rateLimitPauses.writeTo(out);
        downlinks.writeTo(out);
        counter(out, P + "idle_closes_total", "Connections closed for silence", idleCloses.sum());
        counter(out, P + "duplicates_total", "Uplinks equal to one stored within the replay window: acknowledged,"
                + " not stored again", duplicates.sum());
        subpacketsOut.writeTo(out);
        counter(out, P + "handler_errors_total", "Unexpected exceptions in the pipeline", handlerErrors.sum());
        return out.toString();
    }

    private static void gauge(PrometheusText out, String name, String help, double value) {
        out.header(name, help, "gauge");
        out.sample(name, value);
    }

    private static void counter(PrometheusText out, String name, String help, double value) {
        out.header(name, help, "counter");
        out.sample(name, value);
    }
}
