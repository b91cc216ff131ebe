package io.fleet.mobile.auth;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Who a valid token says the caller is: the account as dispatch-service confirmed it at sign-in. {@code token} is the
 * phone's own token, which every call to dispatch-service carries (it checks the same signature and the person's
 * roles and organisation there); it is never shown back.
 */
public record Session(long accountId, String username, String displayName, String role, long orgId, String orgPath,
        Long driverId, String tokenId, Instant expiresAt, @JsonIgnore String token) {

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
