package io.fleet.protocoltests.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real gateway, started from its runnable jar as a process of its own, as in production. */
final class GatewayProcess implements AutoCloseable {

    private final Process process;
    final int port;
    final int metricsPort;

    private GatewayProcess(Process process, int port, int metricsPort) {
        this.process = process;
        this.port = port;
        this.metricsPort = metricsPort;
    }

    static GatewayProcess start(Path jar, String redisUrl, String prefix, String heap, Path log) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("gateway jar " + jar + " not found: build it with mvn -pl telematics-gateway package");
        }
        int port = freePort();
        int metricsPort = freePort();
        List<String> command = new java.util.ArrayList<>(List.of("java", "-Xmx" + heap, "-Xms" + heap));
        // e.g. FLEET_BENCH_GATEWAY_JAVA_OPTS=-XX:StartFlightRecording=filename=var/gateway.jfr to profile the run
        String extra = System.getenv().getOrDefault("FLEET_BENCH_GATEWAY_JAVA_OPTS", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "FLEET_GATEWAY_PORT", Integer.toString(port),
                "FLEET_GATEWAY_METRICS_PORT", Integer.toString(metricsPort),
                "FLEET_GATEWAY_BIND_HOST", "127.0.0.1",
                "FLEET_REDIS_URL", redisUrl,
                "FLEET_REDIS_PREFIX", prefix,
                "FLEET_GATEWAY_NODE_ID", "load-test",
                "FLEET_GATEWAY_HEARTBEAT_SECONDS", "600"));
        // The gateway's own back-pressure limits stay at their defaults: raising them only queues more writes
        // in front of Redis and turns waiting into timeouts.
        GatewayProcess gateway = new GatewayProcess(builder.start(), port, metricsPort);
        gateway.awaitHealthy(Duration.ofSeconds(60));
        return gateway;
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory of the gateway process, from /proc. */
    long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS for pid " + process.pid());
    }

    /** Heap in use after a full collection (jcmd GC.run, then GC.heap_info), or -1 when jcmd is not available. */
    long heapUsedAfterGcBytes() {
        try {
            run("jcmd", Long.toString(pid()), "GC.run");
            String info = run("jcmd", Long.toString(pid()), "GC.heap_info");
            var m = java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
            return m.find() ? Long.parseLong(m.group(2)) * 1024 : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    String metrics() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort
                + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the gateway exited with " + process.exitValue());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + "/health"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IOException("the gateway did not become healthy in " + timeout);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
