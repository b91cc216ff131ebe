package io.fleet.dispatch.security;

import java.util.Optional;

import io.vertx.core.http.HttpServerRequest;

/** The address a request comes from: the proxy's header when one is configured, else the connection's peer. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request, Optional<String> header) {
        if (header.isPresent()) {
            String forwarded = request.getHeader(header.get());
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
