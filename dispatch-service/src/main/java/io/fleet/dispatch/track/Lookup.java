package io.fleet.dispatch.track;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.fleet.dispatch.common.Problems;

/** One text column of the row with a given id; 404 (problem+json) when there is no such row. */
public final class Lookup {

    private Lookup() {
    }

    public static String textById(DataSource dataSource, String sql, long id, String what) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw Problems.notFound(what, id);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
