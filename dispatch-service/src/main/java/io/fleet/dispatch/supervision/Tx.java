package io.fleet.dispatch.supervision;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** One JDBC transaction around a piece of work; rolled back on any failure, problems pass through unchanged. */
public final class Tx {

    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Tx() {
    }

    public static <T> T run(DataSource dataSource, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
