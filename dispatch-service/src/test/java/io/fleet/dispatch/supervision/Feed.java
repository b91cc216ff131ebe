package io.fleet.dispatch.supervision;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.supervision.engine.SupervisionScanner;
import io.fleet.dispatch.track.PositionStreamWriter;
import io.fleet.dispatch.track.Reports;
import io.fleet.dispatch.track.TrackFixtures;
import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.movement.MovementUpdater;
import io.fleet.dispatch.track.movement.TrackPoint;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Feeds scenarios through the real path: location reports (0x0200, or 0x0704 blind-area batches) appended to the
 * positions stream as the gateway does, ingested, cut into movements, then one supervision round; trips, vehicles
 * and fences through the public API.
 */
public final class Feed {

    public static final ZoneId CST = ZoneId.of("Asia/Shanghai");

    /**
     * Where the reports go: appended to the positions stream as the gateway would, or sent by terminals to a real
     * gateway ({@link GatewayUplink}). {@link #flush} returns once everything sent is in the stream.
     */
    public interface Uplink extends AutoCloseable {
        void send(String phone, MessageBody body) throws Exception;

        default void flush() throws Exception {
        }

        @Override
        default void close() throws Exception {
        }
    }

    private final Uplink stream;
    private final PositionIngestor ingestor;
    private final MovementUpdater movements;
    private final SupervisionScanner scanner;

    public Feed(PositionStreamWriter stream, PositionIngestor ingestor, MovementUpdater movements, SupervisionScanner scanner) {
        this((phone, body) -> stream.add(phone, body), ingestor, movements, scanner);
    }

    public Feed(Uplink stream, PositionIngestor ingestor, MovementUpdater movements, SupervisionScanner scanner) {
        this.stream = stream;
        this.ingestor = ingestor;
        this.movements = movements;
        this.scanner = scanner;
    }

    public record Car(long orgId, long vehicleId, String phone) {
    }

    public static Instant at(LocalDate day, String hhmm) {
        return LocalDateTime.of(day, java.time.LocalTime.parse(hhmm)).atZone(CST).toInstant();
    }

    public static String iso(Instant t) {
        return OffsetDateTime.ofInstant(t, CST).toString();
    }

    public static Car car(long orgId, String kind, Map<String, Object> homeLot, String status) {
        Map<String, Object> fields = new HashMap<>(Map.of("kind", kind));
        if (homeLot != null) {
            fields.put("homeLot", homeLot);
        }
        if (status != null) {
            fields.put("status", status);
        }
        return car(orgId, fields);
    }

    /** A car with a terminal, the vehicle's fields overriding a plain sedan's (kind, energy, status, homeLot …). */
    public static Car car(long orgId, Map<String, Object> fields) {
        Map<String, Object> body = Api.vehicleBody(orgId, Api.uniquePlate());
        body.putAll(fields);
        long vehicleId = given().contentType(ContentType.JSON).body(body).post("/api/vehicles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String phone = TrackFixtures.randomPhone();
        given().contentType(ContentType.JSON).body(Map.of("phone", phone, "vehicleId", vehicleId))
                .post("/api/terminals").then().statusCode(201);
        return new Car(orgId, vehicleId, phone);
    }

    /** A trip request taken through its life to COMPLETED by the API: submitted, approved, assigned, driven. */
    public static long approvedTrip(Car car, Instant start, Instant end, double destLat, double destLon) {
        return approvedTrip(car, start, end, destLat, destLon, null, null);
    }

    /** The same, the driver reading the odometer at start and completion (null: no reading). */
    public static long approvedTrip(Car car, Instant start, Instant end, double destLat, double destLon, Double startKm,
                             Double endKm) {
        return approvedTrip(car, start, end, 30.25, 120.15, destLat, destLon, startKm, endKm);
    }

    /** The same from a given pickup point. */
    public static long approvedTrip(Car car, Instant start, Instant end, double pickupLat, double pickupLon, double destLat,
                             double destLon, Double startKm, Double endKm) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", car.orgId());
        body.put("requester", "李科员");
        body.put("category", "GENERAL");
        body.put("passengers", 1);
        body.put("pickupPlace", "机关大院");
        body.put("pickupLon", pickupLon);
        body.put("pickupLat", pickupLat);
        body.put("windowStart", iso(start));
        body.put("windowEnd", iso(end));
        body.put("destinations", List.of(Map.of("name", "目的地", "lon", destLon, "lat", destLat)));
        long id = given().contentType(ContentType.JSON).body(body).post("/api/trip-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        long driver = given().contentType(ContentType.JSON)
                .body(Map.of("orgId", car.orgId(), "name", "王师傅", "phone", phone, "licenceClass", "C1"))
                .post("/api/drivers").then().statusCode(201).extract().jsonPath().getLong("id");
        step(id, "approve", Map.of("actor", "赵处长"));
        step(id, "assign", Map.of("vehicleId", car.vehicleId(), "driverId", driver, "confirmBreaks", true));
        step(id, "accept", Map.of("actor", "王师傅"));
        Map<String, Object> starting = new HashMap<>(Map.of("actor", "王师傅"));
        Map<String, Object> completing = new HashMap<>(Map.of("actor", "王师傅"));
        if (startKm != null) {
            starting.put("odometerKm", startKm);
            completing.put("odometerKm", endKm);
        }
        step(id, "start", starting);
        step(id, "complete", completing);
        return id;
    }

    public static JsonPath step(long id, String action, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.putIfAbsent("actor", "张调度");
        body.put("version", given().get("/api/trip-requests/" + id).then().extract().path("version"));
        return given().contentType(ContentType.JSON).body(body).post("/api/trip-requests/" + id + "/" + action)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Sends the points as live reports (alarm bits set on the given ones) or as blind-area batches of 50. */
    public void send(Car car, List<TrackPoint> points, Set<Instant> alarmed, long alarmBits, boolean blindArea)
            throws Exception {
        if (blindArea) {
            for (int i = 0; i < points.size(); i += 50) {
                stream.send(car.phone(), Reports.blindArea(points.subList(i, Math.min(points.size(), i + 50)).stream()
                        .map(p -> report(p, alarmed.contains(p.time()) ? alarmBits : 0)).toList()));
            }
        } else {
            for (TrackPoint p : points) {
                stream.send(car.phone(), report(p, alarmed.contains(p.time()) ? alarmBits : 0));
            }
        }
    }

    public void send(Car car, List<TrackPoint> points) throws Exception {
        send(car, points, Set.of(), 0, false);
    }

    public static LocationReport report(TrackPoint p, long alarm) {
        LocationReport r = Reports.at(p.time(), p.latitude(), p.longitude(), p.speedKmh(), p.acc(), p.mileageKm());
        return new LocationReport(alarm, r.status(), r.latitudeMicros(), r.longitudeMicros(), r.altitudeM(),
                r.speedTenthsKmh(), r.course(), r.time(), r.items());
    }

    /** Ingests everything sent, recomputes movements, runs one supervision round. */
    public void process() throws Exception {
        stream.flush();
        while (ingestor.pollOnce() > 0) {
            // ingest everything sent
        }
        movements.updateAll();
        scanner.runOnce();
    }

    public static List<Map<String, Object>> alarmsOf(Car car, String state) {
        var request = given().queryParam("org", car.orgId()).queryParam("vehicleId", car.vehicleId());
        if (state != null) {
            request = request.queryParam("state", state);
        }
        return request.get("/api/supervision/alarms").then().statusCode(200).extract().jsonPath().getList("$");
    }

    public static Map<String, Object> fence(double lat, double lon, double sideM, Map<String, Object> properties) {
        double dLat = sideM / 2 / 111_195;
        double dLon = sideM / 2 / (111_195 * Math.cos(Math.toRadians(lat)));
        return Map.of("type", "Feature", "properties", properties, "geometry", Map.of("type", "Polygon",
                "coordinates", List.of(List.of(List.of(lon - dLon, lat - dLat), List.of(lon + dLon, lat - dLat),
                        List.of(lon + dLon, lat + dLat), List.of(lon - dLon, lat + dLat), List.of(lon - dLon, lat - dLat)))));
    }

    public static List<Long> importFences(long orgId, String kind, Map<String, Object>... features) {
        return given().contentType(ContentType.JSON).body(Map.of("orgId", orgId, "kind", kind, "actor", "管理员",
                        "geojson", Map.of("type", "FeatureCollection", "features", List.of(features))))
                .post("/api/supervision/geofences/import").then().statusCode(201).extract().jsonPath()
                .getList("ids", Long.class);
    }
}
