package io.fleet.dispatch.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when PostGIS answers: without it no track, parking lot or geofence can be stored. */
@Readiness
@ApplicationScoped
public class PostgisHealthCheck implements HealthCheck {

    private final DataSource dataSource;

    PostgisHealthCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT postgis_lib_version()")) {
            rs.next();
            return HealthCheckResponse.named("postgis").up().withData("version", rs.getString(1)).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("postgis").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
