package io.fleet.mobile.dispatch;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.mobile.MobileConfig;
import io.fleet.mobile.auth.Session;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Calls dispatch-service's REST API, forwarding the phone's own token (dispatch-service accepts tokens signed with the
 * shared key pair), so dispatch-service knows and checks the person behind each call: no service account whose
 * leak would open every organisation. A plain JDK client rather than a typed REST client: mobile-api relays JSON and
 * problem documents, so it needs the status and body as they are, not Java types of another module's records.
 */
@ApplicationScoped
public class DispatchClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String base;
    private final Duration timeout;
    private final ObjectMapper json;
    private final CurrentVertxRequest current;

    DispatchClient(MobileConfig config, ObjectMapper json, CurrentVertxRequest current) {
        this.current = current;
        String url = config.dispatch().url();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.timeout = config.dispatch().timeout();
        this.json = json;
    }

    /** A read on the phone's behalf: dispatch-service checks the person's role and organisation itself. */
    public DispatchAnswer get(Session as, String path, Map<String, ?> query) {
        return send(signed(HttpRequest.newBuilder(uri(path, query)), as).GET());
    }

    /** A write on the phone's behalf. */
    public DispatchAnswer post(Session as, String path, Object body) {
        return send(signed(HttpRequest.newBuilder(uri(path, Map.of())), as).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    /** The one call without a token: the password check of a sign-in (open on dispatch-service, with its lock-out). */
    public DispatchAnswer signIn(Object body) {
        return send(HttpRequest.newBuilder(uri("/api/accounts/sign-in", Map.of())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    private static HttpRequest.Builder signed(HttpRequest.Builder request, Session as) {
        return request.header("Authorization", "Bearer " + as.token());
    }

    private DispatchAnswer send(HttpRequest.Builder request) {
        String phone = phoneAddress();
        if (phone != null) {
            // dispatch-service records where a step came from; it believes this header from loopback or a proxy it
            // was told about, so the phone's address, not mobile-api's, lands in its audit log
            request.header("X-Forwarded-For", phone);
        }
        try {
            HttpResponse<String> r = http.send(request.timeout(timeout).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new DispatchAnswer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IOException e) {
            throw new DispatchUnavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DispatchUnavailable(e);
        }
    }

    /** The address of the phone whose request is being served (the connection's peer), or null outside a request. */
    private String phoneAddress() {
        try {
            RoutingContext ctx = current.getCurrent();
            SocketAddress peer = ctx == null ? null : ctx.request().remoteAddress();
            return peer == null ? null : peer.hostAddress();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private URI uri(String path, Map<String, ?> query) {
        String q = query.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(base + path + (q.isEmpty() ? "" : "?" + q));
    }

    private String write(Object body) {
        try {
            return body instanceof String s ? s : json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON-writable: " + body.getClass(), e);
        }
    }

    /** dispatch-service could not be reached or did not answer in time: the phone should retry later. */
    public static class DispatchUnavailable extends RuntimeException {
        DispatchUnavailable(Exception cause) {
            super("dispatch-service did not answer: " + cause.getMessage(), cause);
        }
    }
}
