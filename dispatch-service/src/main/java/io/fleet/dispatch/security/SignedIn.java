package io.fleet.dispatch.security;

import java.time.Instant;

/** The answer to a sign-in: the token (also set as the fleet_session cookie), when it expires, and who it is. */
public record SignedIn(String token, Instant expiresAt, SessionAccount account) {
}
