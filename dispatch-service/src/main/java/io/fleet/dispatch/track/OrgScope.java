package io.fleet.dispatch.track;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.fleet.dispatch.common.Problems;
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
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT path FROM organisation WHERE id = ?")) {
            s.setLong(1, orgId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw Problems.notFound("organisation", orgId);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
