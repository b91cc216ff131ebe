package io.fleet.dispatch.track.api;

import javax.sql.DataSource;

import io.fleet.dispatch.security.Scope;
import io.fleet.dispatch.track.Lookup;
import jakarta.enterprise.context.ApplicationScoped;

/** A vehicle's plate for export names; 404 for a vehicle that does not exist or lies outside the caller's subtree. */
@ApplicationScoped
class VehicleNames {

    private final DataSource dataSource;
    private final Scope scope;

    VehicleNames(DataSource dataSource, Scope scope) {
        this.dataSource = dataSource;
        this.scope = scope;
    }

    String plateOf(long vehicleId) {
        String orgPath = Lookup.textById(dataSource, "SELECT org_path FROM vehicle WHERE id = ?", vehicleId, "vehicle");
        scope.visible(vehicleId, orgPath, "vehicle", vehicleId);
        return Lookup.textById(dataSource, "SELECT plate FROM vehicle WHERE id = ?", vehicleId, "vehicle");
    }
}
