package io.fleet.mobile.support;

import static io.restassured.RestAssured.given;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** One signed-in phone talking to the mobile-api under test, as the app does. */
public final class Phone {

    public final String token;
    public final Map<String, Object> account;

    private Phone(String token, Map<String, Object> account) {
        this.token = token;
        this.account = account;
    }

    public static Phone signIn(String username) {
        return signIn(username, "device-" + username);
    }

    public static Phone signIn(String username, String device) {
        var answer = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Platform.PASSWORD, "deviceId", device))
                .post("/api/session").then().statusCode(200).extract().jsonPath();
        return new Phone(answer.getString("token"), answer.getMap("account"));
    }

    public RequestSpecification api() {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** A write with a fresh idempotency key. */
    public ValidatableResponse write(String path, Map<String, ?> body) {
        return write(path, body, UUID.randomUUID().toString());
    }

    public ValidatableResponse write(String path, Map<String, ?> body, String key) {
        return api().header("Idempotency-Key", key).body(body).post(path).then();
    }

    /** A trip step with the version the phone saw, as the app sends it (also when replaying its offline queue). */
    public ValidatableResponse step(long trip, String step, int version, Map<String, ?> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", version);
        return write("/api/trips/" + trip + "/" + step, body);
    }

    /** The push stream, read on its own thread into a queue of "event:data" strings (and "id:" lines). */
    public Push push(int port, String after) {
        return new Push(URI.create("http://localhost:" + port + "/api/push?token=" + token
                + (after == null ? "" : "&after=" + after)));
    }

    public static final class Push implements AutoCloseable {
        public final BlockingQueue<Map<String, String>> events = new LinkedBlockingQueue<>();
        private final Thread reader;
        private volatile HttpURLConnection connection;

        Push(URI uri) {
            reader = new Thread(() -> read(uri), "test-push-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(URI uri) {
            try {
                connection = (HttpURLConnection) uri.toURL().openConnection();
                connection.setRequestProperty("Accept", "text/event-stream");
                try (BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
                    Map<String, String> event = new HashMap<>();
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.isEmpty()) {
                            if (!event.isEmpty()) {
                                events.add(event);
                            }
                            event = new HashMap<>();
                        } else if (!line.startsWith(":")) {
                            int colon = line.indexOf(':');
                            event.merge(line.substring(0, colon), line.substring(colon + 1).strip(), (a, b) -> a + "\n" + b);
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // closed by the test
            }
        }

        /** The next event named {@code name}, waiting at most {@code seconds}; null if none came. */
        public Map<String, String> next(String name, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                Map<String, String> e = events.poll(100, TimeUnit.MILLISECONDS);
                if (e != null && name.equals(e.get("event"))) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public void close() {
            if (connection != null) {
                connection.disconnect();
            }
            reader.interrupt();
        }
    }
}
