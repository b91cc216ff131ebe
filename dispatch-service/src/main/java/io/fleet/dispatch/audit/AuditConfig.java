package io.fleet.dispatch.audit;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Audit log settings (application.properties maps them to environment variables). */
@ConfigMapping(prefix = "fleet.audit")
public interface AuditConfig {

    /**
     * Addresses of reverse proxies (mobile-api's hosts, a load balancer) whose X-Forwarded-For is believed, besides
     * loopback. From anyone else the header is ignored: a client could put any address in it.
     */
    Optional<List<String>> trustedProxies();
}
