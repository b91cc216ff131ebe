package io.fleet.dispatch.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import javax.sql.DataSource;

import io.fleet.dispatch.account.AccountRole;
import io.fleet.dispatch.security.Caller;
import io.fleet.dispatch.security.Tokens;
import io.quarkus.arc.Arc;

/**
 * Tokens of distinct people (their own account id and username) with given roles in a given organisation, signed
 * with the service's key: for tests where who acts matters (the two-person rule, actors in the audit log).
 */
public final class Operators {

    private Operators() {
    }

    public static String token(long accountId, String username, Set<AccountRole> roles, long orgId) {
        return Arc.container().instance(Tokens.class).get().issue(new Caller(accountId, username, username,
                EnumSet.copyOf(roles), orgId, pathOf(orgId), null, Tokens.newTokenId(),
                Instant.now().plus(Duration.ofHours(2)), Tokens.ISSUER));
    }

    /** An operator of the whole tree ("/"). */
    public static String rootToken(long accountId, String username, Set<AccountRole> roles) {
        return Arc.container().instance(Tokens.class).get().issue(new Caller(accountId, username, username,
                EnumSet.copyOf(roles), 0, "/", null, Tokens.newTokenId(), Instant.now().plus(Duration.ofHours(2)),
                Tokens.ISSUER));
    }

    public static String pathOf(long orgId) {
        DataSource ds = Arc.container().instance(DataSource.class).get();
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT path FROM organisation WHERE id = ?")) {
            s.setLong(1, orgId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no organisation " + orgId);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
