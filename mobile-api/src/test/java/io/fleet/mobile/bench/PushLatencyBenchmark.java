package io.fleet.mobile.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.mobile.support.LocalPlatform;

/**
 * Push latency, end to end: a trip change is made through dispatch-service's API (a driver's problem report, which
 * goes into the audit trail and the phones' inboxes after commit) and the time until each connected phone's SSE
 * stream on mobile-api delivers it is measured. Starts its own dispatch-service and mobile-api processes (packaged
 * jars) on free ports with a throw-away database and Redis prefix, so it never touches a running platform.
 *
 * <p>Usage (bin/fleet bench push): {@code PushLatencyBenchmark [phones] [drivers] [changes] [changesPerSecond]}.
 */
public final class PushLatencyBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern MARK = Pattern.compile("bench-(\\d+)");

    private PushLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int phones = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int drivers = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int changes = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        LocalPlatform platform = new LocalPlatform();
        Map<String, String> config = platform.start();
        Process mobile = null;
        try {
            String dispatch = config.get("fleet.dispatch.url");
            int port = freePort();
            Path root = Path.of(System.getProperty("fleet.repo.root", "..")).toAbsolutePath().normalize();
            Path log = Path.of("target/bench-mobile-api.log").toAbsolutePath();
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-jar", root.resolve("mobile-api/target/quarkus-app/quarkus-run.jar").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(Map.of("FLEET_MOBILE_PORT", Integer.toString(port), "FLEET_MOBILE_HOST", "127.0.0.1",
                    "FLEET_DISPATCH_URL", dispatch, "FLEET_REDIS_URL", config.get("fleet.redis.url"),
                    "FLEET_REDIS_PREFIX", config.get("fleet.redis.prefix"),
                    "FLEET_KEYS_DIR", LocalPlatform.KEYS_DIR.toAbsolutePath().toString()));
            mobile = pb.start();
            String mobileUrl = "http://127.0.0.1:" + port;
            awaitReady(mobileUrl + "/q/health/ready");
            run(dispatch, mobileUrl, phones, drivers, changes, rate);
        } finally {
            if (mobile != null) {
                mobile.destroy();
                mobile.waitFor(20, TimeUnit.SECONDS);
            }
            platform.stop();
        }
        System.exit(0);
    }

    private static void run(String dispatch, String mobile, int phones, int drivers, int changes, int rate) throws Exception {
        long unit = id(post(dispatch + "/api/organisations", Map.of("code", "BENCH", "name", "测试单位", "kind", "CITY_BUREAU")));
        long car = id(post(dispatch + "/api/vehicles", Map.of("orgId", unit, "plate", "浙A·B0001", "kind", "SEDAN", "seats", 5,
                "energy", "FUEL", "pool", "GENERAL")));
        String pickup = OffsetDateTime.now().plusDays(1).withNano(0).toString();
        long[] trips = new long[drivers];
        String[] tokens = new String[drivers];
        for (int d = 0; d < drivers; d++) {
            long driver = id(post(dispatch + "/api/drivers", Map.of("orgId", unit, "name", "司机" + d,
                    "phone", "1391000" + String.format("%04d", d), "licenceClass", "C1")));
            post(dispatch + "/api/accounts", Map.of("username", "bench-driver-" + d, "displayName", "司机" + d,
                    "role", "DRIVER", "driverId", driver, "password", "bench password 1"));
            Map<String, Object> trip = new HashMap<>(Map.of("orgId", unit, "requester", "测试", "category", "GENERAL",
                    "passengers", 1, "pickupPlace", "A", "pickupLon", 7.42, "pickupLat", 43.737, "windowStart", pickup,
                    "windowEnd", OffsetDateTime.parse(pickup).plusHours(1).toString()));
            trip.put("destinations", List.of(Map.of("name", "B", "lon", 7.426, "lat", 43.74)));
            trips[d] = id(post(dispatch + "/api/trip-requests", trip));
            post(dispatch + "/api/trip-requests/" + trips[d] + "/approve", Map.of("actor", "审批", "version", 0));
            post(dispatch + "/api/trip-requests/" + trips[d] + "/assign", Map.of("actor", "调度", "version", 1,
                    "vehicleId", car, "driverId", driver, "confirmBreaks", true));
            tokens[d] = (String) JSON.readValue(post(mobile + "/api/session", Map.of("username", "bench-driver-" + d,
                    "password", "bench password 1", "deviceId", "bench-phone-" + d)), Map.class).get("token");
        }

        // sent[seq] = nanoTime the change was sent; latencies collected per delivery.
        long[] sent = new long[changes];
        int perDriver = Math.max(1, phones / drivers);
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong late = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(perDriver * drivers);
        for (int d = 0; d < drivers; d++) {
            for (int p = 0; p < perDriver; p++) {
                HttpRequest sse = HttpRequest.newBuilder(URI.create(mobile + "/api/push?token=" + tokens[d]))
                        .header("Accept", "text/event-stream").GET().build();
                HTTP.sendAsync(sse, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(Flow.Subscription s) {
                        s.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        long now = System.nanoTime();
                        if (line.startsWith("event: ready") || line.startsWith("event:ready")) {
                            ready.countDown();
                        }
                        Matcher m = MARK.matcher(line);
                        if (line.startsWith("data") && m.find()) {
                            int seq = Integer.parseInt(m.group(1));
                            long ms = (now - sent[seq]) / 1_000_000;
                            latencies.add(ms);
                            if (ms > 2000) {
                                late.incrementAndGet();
                            }
                        }
                    }

                    @Override
                    public void onError(Throwable t) {
                    }

                    @Override
                    public void onComplete() {
                    }
                }));
            }
        }
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("only " + (perDriver * drivers - ready.getCount()) + " push streams opened");
        }
        System.out.printf("%d phones connected (%d drivers x %d), sending %d changes at %d/s%n", perDriver * drivers,
                drivers, perDriver, changes, rate);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        List<Long> apiMillis = new ArrayList<>();
        for (int seq = 0; seq < changes; seq++) {
            long due = start + seq * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int d = seq % drivers;
            sent[seq] = System.nanoTime();
            post(dispatch + "/api/trip-requests/" + trips[d] + "/problems", Map.of("actor", "司机" + d,
                    "kind", "DELAY", "description", "bench-" + seq));
            apiMillis.add((System.nanoTime() - sent[seq]) / 1_000_000);
        }
        long expected = (long) changes * perDriver;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (latencies.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long[] l;
        synchronized (latencies) {
            l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        long[] a = apiMillis.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("deliveries %d of %d expected, %d later than 2 s%n", l.length, expected, late.get());
        System.out.printf("push latency ms (change request sent -> event on the phone): p50 %d  p95 %d  p99 %d  max %d%n",
                pct(l, 50), pct(l, 95), pct(l, 99), l.length == 0 ? -1 : l[l.length - 1]);
        System.out.printf("dispatch-service answer to the change itself, ms: p50 %d  p95 %d  max %d%n",
                pct(a, 50), pct(a, 95), a[a.length - 1]);
    }

    private static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String post(String url, Object body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + io.fleet.mobile.support.Platform.operatorToken())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static long id(String json) throws Exception {
        return ((Number) JSON.readValue(json, Map.class).get("id")).longValue();
    }

    private static void awaitReady(String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " not ready");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
