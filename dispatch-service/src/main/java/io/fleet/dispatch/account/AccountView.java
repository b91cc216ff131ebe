package io.fleet.dispatch.account;

import java.util.List;

/** An account as the API shows it: never the password hash. */
public record AccountView(long id, String username, String displayName, AccountRole role, List<AccountRole> roles,
        long orgId, String orgPath, Long driverId, boolean deviceBound, boolean locked, int version) {

    static AccountView of(Account a, boolean locked) {
        return new AccountView(a.id, a.username, a.displayName, a.role, a.roles.stream().sorted().toList(), a.orgId,
                a.orgPath, a.driverId, a.deviceId != null, locked, a.version);
    }
}
