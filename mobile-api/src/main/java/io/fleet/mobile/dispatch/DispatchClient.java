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
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Calls dispatch-service's REST API. A plain JDK client rather than a typed REST client: mobile-api relays JSON and
 * problem documents, so it needs the status and body as they are, not Java types of another module's records.
 */
@ApplicationScoped
public class DispatchClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String base;
    private final Duration timeout;
    private final ObjectMapper json;

    DispatchClient(MobileConfig config, ObjectMapper json) {
        String url = config.dispatch().url();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.timeout = config.dispatch().timeout();
        this.json = json;
    }

    public DispatchAnswer get(String path, Map<String, ?> query) {
        return send(HttpRequest.newBuilder(uri(path, query)).GET());
    }

    public DispatchAnswer post(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path, Map.of())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    private DispatchAnswer send(HttpRequest.Builder request) {
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
