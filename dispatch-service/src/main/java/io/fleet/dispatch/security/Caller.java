package io.fleet.dispatch.security;

import java.time.Instant;
import java.util.Set;

import io.fleet.dispatch.account.AccountRole;

/**
 * Who a valid token says is calling: the account, its roles and its organisation's path (the subtree it sees and
 * changes). Tokens of the console and of mobile-api's phones give the same shape.
 */
public record Caller(long accountId, String username, String displayName, Set<AccountRole> roles, long orgId,
        String orgPath, Long driverId, String tokenId, Instant expiresAt, String issuer) {

    /** The key under which ApiGuard keeps the caller on the request. */
    static final String KEY = "fleet.caller";

    public boolean has(AccountRole role) {
        return roles.contains(role);
    }

    /** Whether a record of organisation path {@code path} lies in this caller's subtree. */
    public boolean sees(String path) {
        return path != null && path.startsWith(orgPath);
    }
}
