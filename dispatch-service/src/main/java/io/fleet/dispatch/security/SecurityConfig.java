package io.fleet.dispatch.security;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sign-in settings; application.properties maps each to an environment variable (README). */
@ConfigMapping(prefix = "fleet.security")
public interface SecurityConfig {

    /**
     * Directory of the token signing key pair (FLEET_KEYS_DIR), shared with mobile-api: both services sign with it
     * and dispatch-service accepts the phone tokens mobile-api forwards. Made on first start, never in the repository.
     */
    @WithDefault("var/keys")
    String keysDir();

    /** How long a console sign-in lasts (FLEET_SESSION_TTL). */
    @WithDefault("PT8H")
    Duration sessionTtl();

    /** Mark the session cookie Secure (FLEET_COOKIE_SECURE): set it when the console is served over HTTPS. */
    @WithDefault("false")
    boolean cookieSecure();

    /**
     * The header holding the client's address behind a reverse proxy (FLEET_CLIENT_ADDRESS_HEADER, e.g. X-Real-IP),
     * for the sign-in limit per address and the sign-in log; unset, the connection's peer address.
     */
    Optional<String> clientAddressHeader();

    /** Failed password sign-ins one address may make in a window before it is refused (FLEET_SIGN_IN_FAILURES_PER_ADDRESS). */
    @WithDefault("20")
    int signInFailuresPerAddress();

    /** That window (FLEET_SIGN_IN_FAILURE_WINDOW). */
    @WithDefault("PT15M")
    Duration signInFailureWindow();
}
