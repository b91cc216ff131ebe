package io.fleet.dispatch.track;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** An organisation id → its materialised path ('/1/4/'), the prefix that selects its subtree's vehicles. */
@ApplicationScoped
public class OrgScope {

    private final DataSource dataSource;

    OrgScope(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The path, null when {@code orgId} is null (no filter); 404 for an organisation that does not exist. */
    public String pathOf(Long orgId) {
        if (orgId == null) {
            return null;
        }
        return Lookup.textById(dataSource, "SELECT path FROM organisation WHERE id = ?", orgId, "organisation");
    }
}
