package io.fleet.dispatch.track;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.SignedIn;
import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** An ingested point reaches a connected server-sent-events client and the snapshot; other units' cars do not. */
@QuarkusTest
class TrackLiveTest {

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;

    @TestHTTPResource("/api/live/stream")
    URL streamUrl;

    @Test
    void anIngestedPointIsPushedToTheStreamOfItsUnitAndShownInTheSnapshot() throws Exception {
        long city = Api.organisation(null, "CITY_BUREAU");
        long unit = Api.organisation(city, "UNIT");
        long otherUnit = Api.organisation(city, "UNIT");
        TrackFixtures.Car car = TrackFixtures.car(unit);
        TrackFixtures.Car elsewhere = TrackFixtures.car(otherUnit);

        // encode the reports before the HTTP client starts its threads (their context class loader is the JVM's, and
        // the codec must be linked by Quarkus' loader first)
        Instant t = Instant.now().minus(5, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.SECONDS);
        byte[] elsewhereReport = Reports.body(Reports.at(t, 30.1, 120.1, 10));
        byte[] carReport = Reports.body(Reports.at(t, 30.2567, 120.1689, 33));

        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(streamUrl + "?org=" + unit))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + SignedIn.token()).build();
        HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> response.body()
                .filter(line -> line.startsWith("data:"))
                .findFirst().orElse(null));

        try (StatefulRedisConnection<byte[], byte[]> connection = redis.binary()) {
            PositionStreamWriter stream = new PositionStreamWriter(connection.sync(), redis.positionsStream());
            PositionIngestor ingestor = ingestion.newIngestor("live-test", connection);
            // the other unit's car reports first: the filtered stream must skip it
            stream.add(elsewhere.phone(), "0200", elsewhereReport);
            stream.add(car.phone(), "0200", carReport);
            while (ingestor.pollOnce() > 0) {
                // store and publish
            }
            String event = received.get(15, TimeUnit.SECONDS);
            assertThat(event).contains("\"vehicleId\":" + car.vehicleId()).contains("30.2567");
        } finally {
            response.body().close();
        }

        given().queryParam("org", unit).get("/api/live").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].vehicleId", equalTo((int) car.vehicleId()))
                .body("[0].speedKmh", equalTo(33.0f));
        given().queryParam("org", 999_999_999).get("/api/live").then().statusCode(404);
    }

}
