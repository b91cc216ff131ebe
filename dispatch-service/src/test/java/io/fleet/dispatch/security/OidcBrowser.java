package io.fleet.dispatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The browser's side of a city-identity sign-in, over plain HTTP: follows the redirects itself and carries the state
 * cookie by hand, so each step can be looked at (and spoiled).
 */
final class OidcBrowser {

    /** The first step: our start endpoint's redirect to the provider, and the state cookie it set. */
    record Started(URI provider, Map<String, String> query, String stateCookie) {
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    OidcBrowser(URI base) {
        this.base = base;
    }

    /** The whole way: start, the provider, back to our callback; answers the callback's answer. */
    HttpResponse<String> signIn() throws Exception {
        Started s = start(null);
        return get(atProvider(s), s.stateCookie());
    }

    Started start(String next) throws Exception {
        String path = "/api/auth/oidc/start" + (next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        HttpResponse<String> r = get(base.resolve(path), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        URI location = URI.create(r.headers().firstValue("Location").orElseThrow());
        return new Started(location, query(location), cookie(r, "fleet_oidc_state"));
    }

    /** The person signs in at the provider, which sends the browser back to our callback. */
    URI atProvider(Started s) throws Exception {
        HttpResponse<String> r = get(s.provider(), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        URI callback = URI.create(r.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/api/auth/oidc/callback");
        return callback;
    }

    HttpResponse<String> get(URI uri, String stateCookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (stateCookie != null) {
            b.header("Cookie", "fleet_oidc_state=" + stateCookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A call with only the session cookie, as the console makes it. */
    HttpResponse<String> withSession(String path, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", "fleet_session=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String cookie(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst().orElse(null);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
