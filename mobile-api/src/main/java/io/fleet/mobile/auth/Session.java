package io.fleet.mobile.auth;

import java.time.Instant;

/** Who a valid token says the caller is: the account as dispatch-service confirmed it at sign-in. */
public record Session(long accountId, String username, String displayName, String role, long orgId, String orgPath,
        Long driverId, String tokenId, Instant expiresAt) {

    public boolean isDriver() {
        return "DRIVER".equals(role);
    }

    public boolean isRequester() {
        return "REQUESTER".equals(role);
    }

    public boolean isApprover() {
        return "APPROVER".equals(role);
    }
}
