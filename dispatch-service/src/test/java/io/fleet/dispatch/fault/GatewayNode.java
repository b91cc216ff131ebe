package io.fleet.dispatch.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One gateway node: the runnable gateway jar ({@code telematics-gateway-all.jar}) as a process of its own, with a
 * stable node id as docs/gateway.md asks for production, so a restarted node reads the same downlink stream.
 */
final class GatewayNode implements AutoCloseable {

    final String nodeId;
    final int port;
    final int metricsPort;
    private final Path jar;
    private final String redisUrl;
    private final String prefix;
    private final Path log;
    private Process process;

    GatewayNode(Path jar, String nodeId, String redisUrl, String prefix, Path logDir) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with mvn -pl telematics-gateway package");
        }
        this.jar = jar;
        this.nodeId = nodeId;
        this.redisUrl = redisUrl;
        this.prefix = prefix;
        this.port = OsProcess.freePort();
        this.metricsPort = OsProcess.freePort();
        this.log = logDir.resolve("gateway-" + nodeId + ".log");
    }

    GatewayNode start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of(
                "FLEET_GATEWAY_PORT", Integer.toString(port),
                "FLEET_GATEWAY_METRICS_PORT", Integer.toString(metricsPort),
                "FLEET_GATEWAY_BIND_HOST", "127.0.0.1",
                "FLEET_REDIS_URL", redisUrl,
                "FLEET_REDIS_PREFIX", prefix,
                "FLEET_GATEWAY_NODE_ID", nodeId));
        process = builder.start();
        OsProcess.await("gateway " + nodeId + " healthy", () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("gateway " + nodeId + " exited: " + OsProcess.tail(log, 30));
            }
            return healthy();
        }, Duration.ofSeconds(60));
        return this;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    boolean healthy() {
        return OsProcess.httpOk("http://127.0.0.1:" + metricsPort + "/health");
    }

    void kill9() throws Exception {
        OsProcess.kill9(process);
    }

    /** One counter or gauge summed over its labels, from the node's Prometheus text; -1 when unreachable. */
    double metric(String name) {
        try {
            String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + metricsPort + "/metrics")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double sum = 0;
            for (String line : text.split("\n")) {
                if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return sum;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        OsProcess.stop(process);
    }
}
