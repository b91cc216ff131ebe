package io.fleet.dispatch.security;

import java.util.List;

import io.fleet.dispatch.account.AccountRole;

/** The signed-in account as the console sees it (security contract: sign-in answer and /api/auth/me). */
public record SessionAccount(long id, String username, String displayName, List<AccountRole> roles,
        long organisationId, String organisationName) {
}
