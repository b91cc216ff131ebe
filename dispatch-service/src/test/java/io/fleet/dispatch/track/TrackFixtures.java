package io.fleet.dispatch.track;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import io.fleet.dispatch.support.Api;
import io.restassured.http.ContentType;

/** Vehicles with terminals, made through the public API, and small SQL helpers for assertions. */
public final class TrackFixtures {

    private TrackFixtures() {
    }

    public record Car(long orgId, long vehicleId, String phone) {
    }

    public static Car car() {
        long city = Api.organisation(null, "CITY_BUREAU");
        return car(Api.organisation(city, "UNIT"));
    }

    public static Car car(long orgId) {
        long vehicleId = Api.vehicle(orgId, Api.uniquePlate());
        String phone = randomPhone();
        given().contentType(ContentType.JSON).body(Map.of("phone", phone, "vehicleId", vehicleId))
                .post("/api/terminals").then().statusCode(201);
        return new Car(orgId, vehicleId, phone);
    }

    public static String randomPhone() {
        return "1" + (3_000_000_000L + ThreadLocalRandom.current().nextLong(6_999_999_999L));
    }

    public static long count(DataSource dataSource, String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
