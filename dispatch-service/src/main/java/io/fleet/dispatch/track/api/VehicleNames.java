package io.fleet.dispatch.track.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.fleet.dispatch.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;

/** A vehicle's plate for export names; 404 for a vehicle that does not exist. */
@ApplicationScoped
class VehicleNames {

    private final DataSource dataSource;

    VehicleNames(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    String plateOf(long vehicleId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT plate FROM vehicle WHERE id = ?")) {
            s.setLong(1, vehicleId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw Problems.notFound("vehicle", vehicleId);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
