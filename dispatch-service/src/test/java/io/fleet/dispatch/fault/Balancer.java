package io.fleet.dispatch.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * HAProxy in TCP mode in front of the gateway nodes: the one address terminals are configured with. The
 * configuration is the one docs/scaling.md gives for production, with loopback addresses and short check intervals:
 * least connections, a TCP check of each node (not /health, which goes DOWN on every node at once when Redis is
 * away and would cut all terminals off), and a failed connect retried on another node.
 */
final class Balancer implements AutoCloseable {

    final int port;
    private final Path dir;
    private Process process;

    private Balancer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static Balancer start(Path dir, List<GatewayNode> nodes) throws Exception {
        Balancer balancer = new Balancer(dir, OsProcess.freePort());
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 4000
                defaults
                    mode tcp
                    timeout connect 2s
                    timeout client 10m
                    timeout server 10m
                    retries 2
                    option redispatch
                frontend jt808
                    bind 127.0.0.1:%d
                    default_backend gateways
                backend gateways
                    balance leastconn
                """.formatted(balancer.port));
        for (GatewayNode node : nodes) {
            config.append("    server %s 127.0.0.1:%d check inter 500ms fall 2 rise 2\n".formatted(node.nodeId,
                    node.port));
        }
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, config);
        balancer.process = new ProcessBuilder(List.of(haproxy(), "-db", "-f", file.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("haproxy.log")
                        .toFile())).start();
        OsProcess.await("haproxy listens on " + balancer.port, () -> {
            if (!balancer.process.isAlive()) {
                throw new IllegalStateException("haproxy exited: " + OsProcess.tail(dir.resolve("haproxy.log"), 20));
            }
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", balancer.port)) {
                return true;
            } catch (java.io.IOException notYet) {
                return false;
            }
        }, Duration.ofSeconds(30));
        return balancer;
    }

    private static String haproxy() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("haproxy is not installed (apt-get install haproxy; bin/fleet test does it)");
    }

    @Override
    public void close() {
        OsProcess.stop(process);
    }
}
