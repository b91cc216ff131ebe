package io.fleet.dispatch.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.fleet.dispatch.routing.LatLon;
import io.fleet.dispatch.routing.RoadProfile;
import io.fleet.dispatch.routing.RoutingService;
import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.supervision.engine.SupervisionScanner;
import io.fleet.dispatch.supervision.rule.RuleKey;
import io.fleet.dispatch.track.TrackRedis;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.fleet.dispatch.track.movement.MovementUpdater;
import io.fleet.dispatch.track.movement.Scenario;
import io.fleet.dispatch.track.movement.TrackPoint;
import io.lettuce.core.api.StatefulRedisConnection;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The labelled scenario suite: each scenario is one car of its own unit, its positions sent the way the subclass
 * chooses ({@link #uplink}: into the positions stream as the gateway writes it, or through the real gateway by
 * simulator terminals), its trips taken through the trip API; after one supervision round the alarms raised are
 * compared with the labels, and precision and recall are computed per rule (written to target/{reportName}.md;
 * docs/benchmarks.md quotes them). Near misses are labelled with no rule. Abstract, so that the two ways are two
 * test classes (a test class is a bean; a concrete base would be an ambiguous one).
 */
abstract class LabelledScenarios {

    private static final double LAT = 30.25;
    private static final double LON = 120.15;

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    MovementUpdater movements;
    @Inject
    SupervisionScanner scanner;
    @Inject
    RoutingService routing;

    private record Case(String label, Feed.Car car, Set<RuleKey> expected) {
    }

    private final List<Case> cases = new ArrayList<>();
    private Feed feed;
    private long city;

    /** The car's own unit under the city, so unit-level fences and sealing touch only it. */
    private Feed.Car car(String kind, Map<String, Object> homeLot) {
        return Feed.car(Api.organisation(city, "UNIT"), kind, homeLot, null);
    }

    private record PendingTrip(Instant start, Instant end, Double startKm, Double endKm) {
    }

    private final Map<Long, PendingTrip> pendingTrips = new java.util.HashMap<>();

    /** An approved trip whose destination is where the car's scenario ends; made when the scenario is added. */
    private void tripEndingWhereTheCarStops(Feed.Car car, Instant start, Instant end, Double startKm, Double endKm) {
        pendingTrips.put(car.vehicleId(), new PendingTrip(start, end, startKm, endKm));
    }

    private void add(String label, Feed.Car car, List<TrackPoint> points, RuleKey... expected) throws Exception {
        PendingTrip trip = pendingTrips.remove(car.vehicleId());
        if (trip != null) {
            TrackPoint last = points.get(points.size() - 1);
            Feed.approvedTrip(car, trip.start(), trip.end(), last.latitude(), last.longitude(), trip.startKm(),
                    trip.endKm());
        }
        feed.send(car, points);
        cases.add(new Case(label, car, Set.of(expected)));
    }

    private static Map<String, Object> squareGeometry(double lat, double lon, double sideM) {
        @SuppressWarnings("unchecked")
        Map<String, Object> geometry = (Map<String, Object>) Feed.fence(lat, lon, sideM, Map.of()).get("geometry");
        return geometry;
    }

    /** A date in the last weeks for which the calendar has no entry and {@code accept} holds. */
    private static LocalDate day(int skip, Function<LocalDate, Boolean> accept) {
        LocalDate d = LocalDate.now(Feed.CST).minusDays(3);
        int found = 0;
        for (int i = 0; i < 25; i++, d = d.minusDays(1)) {
            boolean plain = given().get("/api/supervision/calendar/" + d).then().extract().jsonPath()
                    .getString("is").matches("working day|weekend");
            if (plain && accept.apply(d) && found++ == skip) {
                return d;
            }
        }
        throw new IllegalStateException("no suitable day in the last weeks");
    }

    @Test
    void everyRuleOnTrueViolationsAndNearMisses() throws Exception {
        StatefulRedisConnection<byte[], byte[]> connection = redis.binary();
        try (Feed.Uplink uplink = uplink(connection)) {
            feed = new Feed(uplink, ingestion.newIngestor("scenario-suite", connection), movements, scanner);
            run();
        } finally {
            connection.close();
        }
    }

    /** How reports reach the positions stream. */
    abstract Feed.Uplink uplink(StatefulRedisConnection<byte[], byte[]> connection) throws Exception;

    /** The report's file under target/. */
    abstract String reportName();

    private void run() throws Exception {
        city = Api.organisation(null, "CITY_BUREAU");
        Feed.importFences(city, "REGION", Feed.fence(LAT, LON, 40_000, Map.of("name", "市域")));
        LocalDate w = day(0, d -> d.getDayOfWeek().getValue() <= 4
                && given().get("/api/supervision/calendar/" + d.plusDays(1)).then().extract().jsonPath()
                .getBoolean("workingDay"));
        LocalDate holiday = day(0, d -> d.getDayOfWeek().getValue() <= 5 && !d.equals(w));
        LocalDate makeUp = day(0, d -> d.getDayOfWeek() == DayOfWeek.SATURDAY);
        given().contentType(ContentType.JSON).body(Map.of("kind", "HOLIDAY", "name", "测试假日", "actor", "管理员"))
                .put("/api/supervision/calendar/" + holiday).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("kind", "WORKDAY", "name", "测试调休上班", "actor", "管理员"))
                .put("/api/supervision/calendar/" + makeUp).then().statusCode(200);

        // Rule 1: movement with no approved trip
        Feed.Car c = car("SEDAN", null);
        add("daytime drive, no trip", c, new Scenario(Feed.at(w, "10:00"), LAT, LON).stand(10, false, 0)
                .drive(20, 40).stand(20, false, 0).points(), RuleKey.NO_TRIP);
        c = car("SEDAN", null);
        tripEndingWhereTheCarStops(c, Feed.at(w, "10:00"), Feed.at(w, "11:00"), null, null);
        add("daytime drive inside its approved trip", c, new Scenario(Feed.at(w, "10:00"), LAT, LON)
                .stand(10, false, 0).drive(20, 40).stand(20, false, 0).points());
        c = car("SEDAN", null);
        Feed.approvedTrip(c, Feed.at(w, "08:00"), Feed.at(w, "09:00"), 30.3, 120.2);
        add("drive 70 min after its trip's window", c, new Scenario(Feed.at(w, "10:00"), LAT, LON)
                .stand(10, false, 0).drive(20, 40).stand(20, false, 0).points(), RuleKey.NO_TRIP);

        // Rule 2: outside working hours, weekends, holidays; make-up working days
        c = car("SEDAN", null);
        add("night drive, no trip", c, new Scenario(Feed.at(w, "21:00"), LAT, LON).stand(10, false, 0)
                .drive(30, 40).stand(20, false, 0).points(), RuleKey.OFF_HOURS);
        c = car("SEDAN", null);
        tripEndingWhereTheCarStops(c, Feed.at(w, "21:00"), Feed.at(w, "22:30"), null, null);
        add("approved night trip", c, new Scenario(Feed.at(w, "21:00"), LAT, LON).stand(10, false, 0)
                .drive(30, 40).stand(20, false, 0).points());
        c = car("SEDAN", null);
        add("holiday drive, no trip", c, new Scenario(Feed.at(holiday, "10:00"), LAT, LON).stand(5, false, 0)
                .drive(20, 40).stand(5, false, 0).points(), RuleKey.OFF_HOURS);
        c = car("SEDAN", null);
        tripEndingWhereTheCarStops(c, Feed.at(makeUp, "10:00"), Feed.at(makeUp, "11:00"), null, null);
        add("approved trip on a make-up working Saturday", c, new Scenario(Feed.at(makeUp, "10:00"), LAT, LON)
                .stand(5, false, 0).drive(20, 40).stand(5, false, 0).points());
        c = car("SEDAN", null);
        add("make-up working Saturday, no trip: not off hours", c, new Scenario(Feed.at(makeUp, "14:00"), LAT, LON)
                .stand(5, false, 0).drive(20, 40).stand(5, false, 0).points(), RuleKey.NO_TRIP);

        // Standing duty
        long patrolUnit = Api.organisation(city, "UNIT");
        long area = Feed.importFences(patrolUnit, "PATROL", Feed.fence(LAT, LON, 20_000, Map.of("name", "巡查片区")))
                .get(0);
        for (boolean leaves : List.of(false, true)) {
            Feed.Car patrol = Feed.car(patrolUnit, "ENFORCEMENT", null, null);
            given().contentType(ContentType.JSON).body(Map.of("vehicleId", patrol.vehicleId(), "areaId", area,
                    "weekdays", "1234567", "start", "18:00", "end", "23:00", "validFrom", w.minusDays(1).toString(),
                    "actor", "执法大队")).post("/api/supervision/duties").then().statusCode(201);
            Scenario s = new Scenario(Feed.at(w, "19:00"), LAT, LON).stand(10, false, 0);
            if (leaves) {
                add("patrol leaving its area", patrol, s.drive(40, 40).stand(10, false, 0).points(), RuleKey.OFF_HOURS);
            } else {
                add("patrol inside its area and shift", patrol, s.drive(20, 20).stand(10, false, 0).points());
            }
        }

        // Rule 3: the permitted region
        c = car("SEDAN", null);
        Feed.approvedTrip(c, Feed.at(w, "10:00"), Feed.at(w, "12:00"), 30.26, 120.16);
        add("passed its trip's destination in the city and drove on out of it", c, new Scenario(Feed.at(w, "10:00"),
                LAT, LON).stand(5, false, 0).drive(50, 60).stand(10, false, 0).points(), RuleKey.REGION);
        c = car("SEDAN", null);
        tripEndingWhereTheCarStops(c, Feed.at(w, "10:00"), Feed.at(w, "12:00"), null, null);
        add("approved trip out of the city", c, new Scenario(Feed.at(w, "10:00"), LAT, LON).stand(5, false, 0)
                .drive(50, 60).stand(10, false, 0).points());

        // Rule 4: dwell at forbidden places
        for (String when : List.of("18:30", "11:30")) {
            c = car("SEDAN", null);
            Scenario s = new Scenario(Feed.at(w, when), LAT, LON).stand(5, false, 0).drive(5, 36);
            TrackPoint there = s.points().get(s.points().size() - 1);
            Feed.importFences(c.orgId(), "FORBIDDEN", Feed.fence(there.latitude(), there.longitude(), 300,
                    Map.of("name", "湖畔酒楼", "category", "RESTAURANT", "activeFrom", "18:00", "activeTo", "06:00")));
            Instant start = Feed.at(w, when);
            TrackPoint halfWay = s.points().get(45); // 1.5 km before the restaurant: the trip's destination
            Feed.approvedTrip(c, start, start.plusSeconds(75 * 60), halfWay.latitude(), halfWay.longitude());
            if (when.equals("18:30")) {
                add("an hour at a restaurant in the evening", c, s.stand(60, false, 0).points(), RuleKey.FORBIDDEN_DWELL);
            } else {
                add("an hour at a restaurant at lunch time", c, s.stand(60, false, 0).points());
            }
        }

        // Rule 5: home lot overnight and sealing
        c = car("SEDAN", squareGeometry(LAT, LON, 200));
        tripEndingWhereTheCarStops(c, Feed.at(w, "16:00"), Feed.at(w, "17:00"), null, null);
        add("parked away overnight", c, new Scenario(Feed.at(w, "16:00"), LAT, LON).stand(5, false, 0)
                .drive(10, 40).stand(10 * 60 + 45, false, 0).points(), RuleKey.HOME_LOT);
        Scenario home = new Scenario(Feed.at(w, "16:00"), LAT, LON).stand(5, false, 0).drive(10, 40)
                .stand(10 * 60 + 45, false, 0);
        TrackPoint lot = home.points().get(home.points().size() - 1);
        c = car("SEDAN", squareGeometry(lot.latitude(), lot.longitude(), 200));
        tripEndingWhereTheCarStops(c, Feed.at(w, "16:00"), Feed.at(w, "17:00"), null, null);
        add("back at its lot overnight", c, home.points());
        c = car("SEDAN", squareGeometry(LAT, LON, 200));
        given().contentType(ContentType.JSON).body(Map.of("orgId", c.orgId(), "startsAt", Feed.iso(Feed.at(w, "00:00")),
                "endsAt", Feed.iso(Feed.at(w.plusDays(1), "00:00")), "reason", "节日封存", "actor", "管理员"))
                .post("/api/supervision/sealing-periods").then().statusCode(201);
        add("driven while sealed, no trip", c, new Scenario(Feed.at(w, "10:00"), LAT, LON).stand(10, false, 0)
                .drive(20, 40).stand(20, false, 0).points(), RuleKey.NO_TRIP, RuleKey.HOME_LOT);

        // Rule 7: tampering
        c = car("SEDAN", null);
        List<TrackPoint> cut = new Scenario(Feed.at(w, "10:00"), LAT, LON).stand(5, false, 0).drive(10, 40)
                .stand(5, false, 0).points();
        Feed.approvedTrip(c, Feed.at(w, "10:00"), Feed.at(w, "11:00"), cut.get(cut.size() - 1).latitude(),
                cut.get(cut.size() - 1).longitude());
        Set<Instant> powerless = new HashSet<>();
        cut.subList(40, 80).forEach(p -> powerless.add(p.time()));
        feed.send(c, cut, powerless, 1L << 8, false);
        cases.add(new Case("main power cut while driving", c, Set.of(RuleKey.TAMPERING)));
        c = car("SEDAN", null);
        tripEndingWhereTheCarStops(c, Feed.at(w, "10:00"), Feed.at(w, "11:30"), null, null);
        add("terminal silent for 30 min while the car drove 20 km", c, new Scenario(Feed.at(w, "10:00"), LAT, LON)
                .stand(5, false, 0).drive(5, 40).driveUnseen(30, 40).drive(5, 40).stand(5, false, 0).points(),
                RuleKey.TAMPERING);
        c = car("SEDAN", null);
        tripEndingWhereTheCarStops(c, Feed.at(w, "10:00"), Feed.at(w, "11:00"), null, null);
        add("a 3-minute tunnel", c, new Scenario(Feed.at(w, "10:00"), LAT, LON).drive(10, 60).driveUnseen(3, 60)
                .drive(10, 60).stand(5, false, 0).points());
        c = car("SEDAN", null);
        List<TrackPoint> glitch = new ArrayList<>(new Scenario(Feed.at(w, "10:00"), LAT, LON).stand(30, false, 0)
                .points());
        TrackPoint g = glitch.get(90);
        glitch.set(90, new TrackPoint(g.time(), g.latitude() + 0.06, g.longitude() + 0.07, 0, false, g.mileageKm()));
        add("one GPS jump of 9 km at rest", c, glitch);
        c = car("SEDAN", null);
        List<TrackPoint> spoof = new ArrayList<>(new Scenario(Feed.at(w, "10:00"), LAT, LON).stand(10, false, 0)
                .points());
        Instant t = spoof.get(spoof.size() - 1).time();
        for (int hop = 0; hop < 4; hop++) {
            double lat = hop % 2 == 0 ? LAT + 0.4 : LAT;
            double lon = hop % 2 == 0 ? LON + 0.4 : LON;
            for (int i = 0; i < 3; i++) {
                t = t.plusSeconds(10);
                spoof.add(new TrackPoint(t, lat, lon, 0, false, 1000.0));
            }
        }
        spoof.addAll(new Scenario(t.plusSeconds(10), LAT, LON).stand(10, false, 0).points());
        add("position teleporting 60 km back and forth", c, spoof, RuleKey.TAMPERING);

        // Rule 8: speeding
        c = car("SEDAN", null);
        tripEndingWhereTheCarStops(c, Feed.at(w, "10:00"), Feed.at(w, "11:00"), null, null);
        add("2 min at 140 km/h in a sedan", c, new Scenario(Feed.at(w, "10:00"), LAT, LON).drive(5, 100)
                .drive(2, 140).drive(5, 100).stand(5, false, 0).points(), RuleKey.SPEEDING);
        c = car("SEDAN", null);
        tripEndingWhereTheCarStops(c, Feed.at(w, "10:00"), Feed.at(w, "11:00"), null, null);
        add("130 km/h, within the 10 % tolerance", c, new Scenario(Feed.at(w, "10:00"), LAT, LON).drive(10, 130)
                .stand(5, false, 0).points());
        c = car("SEDAN", null);
        tripEndingWhereTheCarStops(c, Feed.at(w, "10:00"), Feed.at(w, "11:00"), null, null);
        List<TrackPoint> spike = new ArrayList<>(new Scenario(Feed.at(w, "10:00"), LAT, LON).drive(10, 100)
                .stand(5, false, 0).points());
        TrackPoint s = spike.get(30);
        spike.set(30, new TrackPoint(s.time(), s.latitude(), s.longitude(), 190, true, s.mileageKm()));
        add("one 190 km/h report", c, spike);

        // Rule 9: distances of a finished trip (the driver's readings, the track, the terminal's odometer)
        c = car("SEDAN", null);
        tripEndingWhereTheCarStops(c, Feed.at(w, "10:00"), Feed.at(w, "11:00"), 1000.0, 1050.0);
        add("driver reports 50 km for a 13 km trip", c, new Scenario(Feed.at(w, "10:00"), LAT, LON)
                .stand(10, false, 0).drive(20, 40).stand(20, false, 0).points(), RuleKey.DISTANCE_MISMATCH);
        c = car("SEDAN", null);
        tripEndingWhereTheCarStops(c, Feed.at(w, "10:00"), Feed.at(w, "11:00"), 1000.0, 1013.9);
        add("driver's readings agree with the track within 5 %", c, new Scenario(Feed.at(w, "10:00"), LAT, LON)
                .stand(10, false, 0).drive(20, 40).stand(20, false, 0).points());

        // Rule 6: route deviation, on the test map (Monaco), where the planned route is known
        long monaco = Api.organisation(null, "CITY_BUREAU");
        given().contentType(ContentType.JSON).body(Map.of("enabled", true, "params", Map.of("corridorM", 300,
                "minMinutes", 2), "actor", "市局")).put("/api/supervision/settings/" + monaco + "/ROUTE_DEVIATION")
                .then().statusCode(200);
        LatLon a = LatLon.of(43.730729, 7.42135);
        LatLon b = LatLon.of(43.728677, 7.41016);
        LatLon cc = LatLon.of(43.739213, 7.4277);
        Map<String, List<LatLon>> drives = new LinkedHashMap<>();
        drives.put("drove the planned route", List.of(a, b));
        drives.put("detour through the far side of town", List.of(a, cc, b));
        drives.put("never reached the destination", List.of(a, cc));
        for (Map.Entry<String, List<LatLon>> drive : drives.entrySet()) {
            Feed.Car car = Feed.car(Api.organisation(monaco, "UNIT"), "SEDAN", null, null);
            Feed.approvedTrip(car, Feed.at(w, "10:00"), Feed.at(w, "11:00"), a.lat(), a.lon(), b.lat(), b.lon(), null,
                    null);
            List<TrackPoint> points = alongRoads(Feed.at(w, "10:00"), drive.getValue());
            if (drive.getKey().startsWith("drove")) {
                add(drive.getKey(), car, points);
            } else {
                add(drive.getKey(), car, points, RuleKey.ROUTE_DEVIATION);
            }
        }

        try {
            feed.process();
            report();
        } finally {
            for (LocalDate d : List.of(holiday, makeUp)) {
                given().delete("/api/supervision/calendar/" + d + "?actor=管理员&version=0").then().statusCode(200);
            }
        }
    }

    /** Stands 5 min, drives the road route through the stops at 20 km/h (a report every 10 s), stands 30 min. */
    private List<TrackPoint> alongRoads(Instant start, List<LatLon> stops) {
        List<LatLon> line = new ArrayList<>();
        for (int i = 1; i < stops.size(); i++) {
            line.addAll(routing.route(RoadProfile.CAR, stops.get(i - 1), stops.get(i)).geometry());
        }
        List<TrackPoint> points = new ArrayList<>();
        Instant t = start;
        double km = 500;
        for (int i = 0; i < 30; i++, t = t.plusSeconds(10)) {
            points.add(new TrackPoint(t, line.get(0).lat(), line.get(0).lon(), 0, false, km));
        }
        double step = 20 / 3.6 * 10;
        double carried = 0;
        for (int i = 1; i < line.size(); i++) {
            LatLon p = line.get(i - 1);
            LatLon q = line.get(i);
            double length = io.fleet.dispatch.supervision.rule.Facts.metres(p.lat(), p.lon(), q.lat(), q.lon());
            double at = step - carried;
            while (at <= length) {
                double f = at / length;
                km += step / 1000;
                points.add(new TrackPoint(t, p.lat() + f * (q.lat() - p.lat()), p.lon() + f * (q.lon() - p.lon()), 20,
                        true, Math.round(km * 10) / 10.0));
                t = t.plusSeconds(10);
                at += step;
            }
            carried = length - (at - step);
        }
        LatLon end = line.get(line.size() - 1);
        for (int i = 0; i < 180; i++, t = t.plusSeconds(10)) {
            points.add(new TrackPoint(t, end.lat(), end.lon(), 0, false, Math.round(km * 10) / 10.0));
        }
        return points;
    }

    private void report() throws Exception {
        Map<RuleKey, int[]> counts = new EnumMap<>(RuleKey.class); // tp, fp, fn
        for (RuleKey rule : RuleKey.values()) {
            if (rule.isRule()) {
                counts.put(rule, new int[3]);
            }
        }
        StringBuilder rows = new StringBuilder();
        List<String> wrong = new ArrayList<>();
        for (Case k : cases) {
            Map<RuleKey, Integer> raised = new EnumMap<>(RuleKey.class);
            for (Map<String, Object> alarm : Feed.alarmsOf(k.car(), null)) {
                if (!"WITHDRAWN".equals(alarm.get("state"))) {
                    raised.merge(RuleKey.valueOf((String) alarm.get("rule")), 1, Integer::sum);
                }
            }
            for (RuleKey rule : counts.keySet()) {
                int n = raised.getOrDefault(rule, 0);
                boolean expected = k.expected().contains(rule);
                counts.get(rule)[0] += expected && n > 0 ? 1 : 0;
                counts.get(rule)[1] += Math.max(0, n - (expected ? 1 : 0));
                counts.get(rule)[2] += expected && n == 0 ? 1 : 0;
            }
            if (!raised.keySet().equals(k.expected()) || raised.values().stream().anyMatch(n -> n > 1)) {
                wrong.add(k.label() + ": expected " + k.expected() + ", raised " + raised);
            }
            rows.append("| ").append(k.label()).append(" | ")
                    .append(k.expected().isEmpty() ? "— (near miss)" : k.expected().toString()).append(" | ")
                    .append(raised.isEmpty() ? "—" : raised.toString()).append(" |\n");
        }
        StringBuilder table = new StringBuilder("| rule | true alarms | false alarms | missed | precision | recall |\n"
                + "|---|---|---|---|---|---|\n");
        Map<String, String> summary = new LinkedHashMap<>();
        for (Map.Entry<RuleKey, int[]> e : counts.entrySet()) {
            int[] n = e.getValue();
            String precision = n[0] + n[1] == 0 ? "n/a" : String.format("%.0f %%", 100.0 * n[0] / (n[0] + n[1]));
            String recall = n[0] + n[2] == 0 ? "n/a" : String.format("%.0f %%", 100.0 * n[0] / (n[0] + n[2]));
            table.append("| ").append(e.getKey()).append(" | ").append(n[0]).append(" | ").append(n[1]).append(" | ")
                    .append(n[2]).append(" | ").append(precision).append(" | ").append(recall).append(" |\n");
            summary.put(e.getKey().name(), precision + "/" + recall);
        }
        String text = "## Per rule\n\n" + table + "\n## Per scenario\n\n| scenario | labelled | raised |\n|---|---|---|\n"
                + rows;
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/" + reportName() + ".md"), text);
        System.out.println(text);
        assertThat(wrong).as(text).isEmpty();
    }
}
