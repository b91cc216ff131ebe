package io.fleet.dispatch.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * The second wall (row-level security, migration V74): a pooled connection handed out inside the request of a
 * caller below the city bureau runs as the role {@code fleet_scoped} with {@code fleet.org_path} set to the caller's
 * organisation path, so the database itself keeps other subtrees' rows out of reach if a query forgets to. Both are
 * reset when the connection comes back (Agroal ends the transaction first, so the reset is not rolled back; one
 * that did not hold is made again when the connection is next taken).
 * Connections without a caller — ingest, scheduled rounds, start-up — and callers at the root are left as they are:
 * no statement is added to their path.
 */
@ApplicationScoped
@Unremovable
public class ScopedConnections implements AgroalPoolInterceptor {

    public static final String ROLE = "fleet_scoped";
    private static final Logger LOG = Logger.getLogger(ScopedConnections.class);

    private final CurrentCaller current;
    /** The physical connections switched to the scoped role and not yet seen reset. */
    private final Set<Object> scoped = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    ScopedConnections(CurrentCaller current) {
        this.current = current;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        Caller caller = Arc.container().requestContext().isActive() ? current.orNull() : null;
        try {
            Object physical = connection.unwrap(PGConnection.class);
            if (caller != null && !caller.orgPath().equals("/")) {
                apply(connection, ROLE, caller.orgPath());
                scoped.add(physical);
            } else if (scoped.contains(physical)) {
                reset(connection, physical); // a reset on return that did not hold
            }
        } catch (SQLException e) {
            // Never hand out a connection in an unknown state: the caller gets an error, not a wider view.
            throw new IllegalStateException("could not set the organisation scope of a database connection", e);
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        try {
            Object physical = connection.unwrap(PGConnection.class);
            if (scoped.contains(physical)) {
                reset(connection, physical);
            }
        } catch (SQLException e) {
            LOG.warnf(e, "could not reset the organisation scope of a returned connection; reset when next taken");
        }
    }

    @Override
    public void onConnectionDestroy(Connection connection) {
        try {
            scoped.remove(connection.unwrap(PGConnection.class));
        } catch (SQLException e) {
            // gone anyway
        }
    }

    /** Back to the session's own role; forgotten only outside a transaction, whose rollback would undo it. */
    private void reset(Connection connection, Object physical) throws SQLException {
        apply(connection, "none", "");
        if (connection.getAutoCommit()) {
            scoped.remove(physical);
        }
    }

    /** One round trip: the role (or "none", the session's own) and the path, for the session, not one transaction. */
    private static void apply(Connection connection, String role, String path) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT set_config('role', ?, false), set_config('fleet.org_path', ?, false)")) {
            s.setString(1, role);
            s.setString(2, path);
            s.execute();
        }
    }
}
