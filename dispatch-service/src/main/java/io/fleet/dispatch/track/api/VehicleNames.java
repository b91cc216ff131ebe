package io.fleet.dispatch.track.api;

import javax.sql.DataSource;

import io.fleet.dispatch.track.Lookup;
import jakarta.enterprise.context.ApplicationScoped;

/** A vehicle's plate for export names; 404 for a vehicle that does not exist. */
@ApplicationScoped
class VehicleNames {

    private final DataSource dataSource;

    VehicleNames(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    String plateOf(long vehicleId) {
        return Lookup.textById(dataSource, "SELECT plate FROM vehicle WHERE id = ?", vehicleId, "vehicle");
    }
}
