package io.fleet.gateway;

import io.fleet.gateway.server.GatewayConfig;
import io.fleet.gateway.server.GatewayServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the gateway until SIGTERM/SIGINT. Settings come from FLEET_* environment variables (docs/gateway.md).
 */
public final class GatewayMain {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayMain.class);

    private GatewayMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        GatewayConfig config;
        try {
            config = GatewayConfig.fromEnv(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("telematics-gateway: " + e.getMessage());
            System.exit(2);
            return;
        }
        GatewayServer server;
        try {
            server = GatewayServer.start(config);
        } catch (IllegalStateException e) {
            LOG.error("Gateway not started: {}", e.getMessage());
            System.exit(1);
            return;
        }
        LOG.info("Gateway {} listening: JT/T 808 on tcp {}:{}, metrics on http {}:{}, Redis {} (prefix '{}')",
                config.nodeId(), config.bindHost(), server.port(), config.bindHost(), server.metricsPort(),
                config.redisUrl().replaceAll("//[^@/]*@", "//***@"), config.prefix());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "gateway-shutdown"));
        stopped.await();
    }
}
