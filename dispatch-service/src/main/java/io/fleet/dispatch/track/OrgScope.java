package io.fleet.dispatch.track;

import javax.sql.DataSource;

import io.fleet.dispatch.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;

/** An organisation id → its materialised path ('/1/4/'), the prefix that selects its subtree's vehicles. */
@ApplicationScoped
public class OrgScope {

    private final DataSource dataSource;
    private final Scope scope;

    OrgScope(DataSource dataSource, Scope scope) {
        this.dataSource = dataSource;
        this.scope = scope;
    }

    /** The caller's scope itself (records by id, writes naming a record). */
    public Scope caller() {
        return scope;
    }

    /** A vehicle's organisation path; 404 for a vehicle that does not exist or that the caller does not see. */
    public String ofVisibleVehicle(long vehicleId) {
        String path = Lookup.textById(dataSource, "SELECT org_path FROM vehicle WHERE id = ?", vehicleId, "vehicle");
        return scope.visible(path, path, "vehicle", vehicleId);
    }

    /**
     * The path; when {@code orgId} is null, the caller's subtree (null — no filter — for a caller at the root or none);
     * 404 for an organisation that does not exist, 403 for one outside the caller's subtree (Scope).
     */
    public String pathOf(Long orgId) {
        if (orgId == null) {
            String own = scope.path();
            return own.equals("/") ? null : own;
        }
        return scope.within(Lookup.textById(dataSource, "SELECT path FROM organisation WHERE id = ?", orgId,
                "organisation"), orgId);
    }
}
