package io.fleet.dispatch.security;

import static io.fleet.dispatch.security.Accounts.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.fleet.dispatch.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The second wall: row-level security (V74) keeps a connection of district A off district B's rows even where the
 * service's own query would not filter, and ScopedConnections puts a district caller's connections under it while
 * leaving connections without a caller (ingest, jobs) as they were.
 */
@QuarkusTest
class RowLevelSecurityTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private long city;
    private long districtA;
    private long districtB;
    private String pathA;
    private long carA;
    private long carB;
    private long cityCar;
    private long tripB;

    @BeforeEach
    void twoDistricts() {
        city = Api.organisation(null, "CITY_BUREAU");
        districtA = Api.organisation(city, "DISTRICT_BUREAU");
        districtB = Api.organisation(city, "DISTRICT_BUREAU");
        carA = Api.vehicle(districtA, Api.uniquePlate());
        carB = Api.vehicle(districtB, Api.uniquePlate());
        cityCar = Api.vehicle(city, Api.uniquePlate());
        tripB = given().contentType(ContentType.JSON).body(ScopeTest.trip(districtB)).post("/api/trip-requests").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        try (Connection c = raw(); PreparedStatement s = c.prepareStatement("SELECT path FROM organisation WHERE id = ?")) {
            s.setLong(1, districtA);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                pathA = rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection of its own to the service's database (not the pool's: a failed test leaves nothing behind). */
    private Connection raw() throws SQLException {
        return DriverManager.getConnection(url, user, password.orElse(""));
    }

    @Test
    void aConnectionScopedToDistrictACannotReadOrWriteDistrictBsRowsWhateverTheQuery() throws SQLException {
        try (Connection c = raw()) {
            scope(c, pathA);
            // no organisation filter in these queries: the database applies the caller's
            assertThat(ids(c, "SELECT id FROM vehicle WHERE id IN (?, ?, ?)", carA, carB, cityCar))
                    .as("district A sees its car and the city's above it, not district B's")
                    .containsExactlyInAnyOrder(carA, cityCar);
            assertThat(ids(c, "SELECT id FROM trip_request WHERE id = ?", tripB)).isEmpty();
            assertThat(update(c, "UPDATE vehicle SET seats = 9 WHERE id = ?", carB)).as("B's car is not there").isZero();
            assertThat(update(c, "DELETE FROM trip_request WHERE id = ?", tripB)).isZero();
            assertThatThrownBy(() -> update(c, "UPDATE vehicle SET seats = 9 WHERE id = ?", cityCar))
                    .as("the city's car is read, never changed").isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            assertThatThrownBy(() -> update(c, "UPDATE vehicle SET org_id = " + districtB
                    + ", org_path = (SELECT path FROM organisation WHERE id = " + districtB + ") WHERE id = ?", carA))
                    .as("moving A's own car into B").isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");

            // the same connection scoped to the city bureau sees both districts
            scope(c, pathA.substring(0, pathA.indexOf('/', 1) + 1));
            assertThat(ids(c, "SELECT id FROM vehicle WHERE id IN (?, ?, ?)", carA, carB, cityCar)).hasSize(3);
            assertThat(ids(c, "SELECT id FROM trip_request WHERE id = ?", tripB)).containsExactly(tripB);
        }
    }

    @Test
    void theScopedRoleWithoutAnOrganisationSeesEveryRow() throws SQLException {
        try (Connection c = raw(); Statement s = c.createStatement()) {
            s.execute("SET ROLE " + ScopedConnections.ROLE);
            assertThat(ids(c, "SELECT id FROM vehicle WHERE id IN (?, ?, ?)", carA, carB, cityCar)).hasSize(3);
            assertThat(ids(c, "SELECT id FROM trip_request WHERE id = ?", tripB)).containsExactly(tripB);
        }
    }

    @Test
    void aDistrictCallersRequestRunsScopedAndTheConnectionComesBackUnscoped() throws SQLException {
        // A probe on the driver table records who inserts: the role and the organisation the connection carried.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS rls_probe (driver_id bigint, who text, org_path text);
                    CREATE OR REPLACE FUNCTION rls_probe() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        INSERT INTO rls_probe VALUES (NEW.id, current_user, current_setting('fleet.org_path', true));
                        RETURN NEW;
                    END $$;
                    CREATE OR REPLACE TRIGGER rls_probe AFTER INSERT ON driver FOR EACH ROW EXECUTE FUNCTION rls_probe();
                    GRANT INSERT ON rls_probe TO fleet_scoped;""");
        }
        try {
            String dispatcherA = Accounts.signIn(Accounts.make(districtA, "DISPATCHER"));
            long byA = as(dispatcherA).contentType(ContentType.JSON).body(driver(districtA)).post("/api/drivers").then()
                    .statusCode(201).extract().jsonPath().getLong("id");
            long byRoot = given().contentType(ContentType.JSON).body(driver(districtA)).post("/api/drivers").then()
                    .statusCode(201).extract().jsonPath().getLong("id");
            String loginRole;
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT session_user")) {
                rs.next();
                loginRole = rs.getString(1);
            }
            assertThat(probe(byA)).as("district A's dispatcher").containsExactly(ScopedConnections.ROLE, pathA);
            assertThat(probe(byRoot)).as("the operator at the root: no switch").containsExactly(loginRole, null);
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER IF EXISTS rls_probe ON driver");
            }
        }

        // Every connection of the pool, taken without a caller (as ingest and the jobs take them), is unscoped.
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Connection c = dataSource.getConnection();
                all.add(c);
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT current_user = session_user, "
                                + "coalesce(current_setting('fleet.org_path', true), '')")) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).as("connection %d runs as the service's own role", i).isTrue();
                    assertThat(rs.getString(2)).as("connection %d carries no organisation", i).isEmpty();
                }
            }
        } finally {
            for (Connection c : all) {
                c.close();
            }
        }
    }

    private static Map<String, Object> driver(long org) {
        return Map.of("orgId", org, "name", "探针司机", "phone", "139" + (10_000_000 + (int) (Math.random() * 89_999_999)),
                "licenceClass", "C1");
    }

    private List<String> probe(long driverId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT who, org_path FROM rls_probe WHERE driver_id = ?")) {
            s.setLong(1, driverId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the probe saw driver %d inserted", driverId).isTrue();
                List<String> row = new ArrayList<>();
                row.add(rs.getString(1));
                row.add(rs.getString(2) == null || rs.getString(2).isEmpty() ? null : rs.getString(2));
                return row;
            }
        }
    }

    /** What ScopedConnections does for a caller of {@code path}, done by hand on a raw connection. */
    private static void scope(Connection c, String path) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT set_config('role', ?, false), set_config('fleet.org_path', ?, false)")) {
            s.setString(1, ScopedConnections.ROLE);
            s.setString(2, path);
            s.execute();
        }
    }

    private static int update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            return s.executeUpdate();
        }
    }

    private static List<Long> ids(Connection c, String sql, long... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setLong(i + 1, params[i]);
            }
            List<Long> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getLong(1));
                }
            }
            return result;
        }
    }
}
