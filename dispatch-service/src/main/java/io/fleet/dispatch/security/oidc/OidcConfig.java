package io.fleet.dispatch.security.oidc;

import java.util.Optional;

import io.fleet.dispatch.account.AccountRole;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Sign-in through a city's unified identity service (统一身份认证) by OpenID Connect; off unless an issuer and a client
 * id are set. application.properties maps each setting to an environment variable (README, docs/security.md).
 */
@ConfigMapping(prefix = "fleet.oidc")
public interface OidcConfig {

    /** The provider's issuer URL (FLEET_OIDC_ISSUER); its discovery document is {issuer}/.well-known/openid-configuration. */
    Optional<String> issuer();

    /** Our client id at the provider (FLEET_OIDC_CLIENT_ID); ID tokens must name it as their audience. */
    Optional<String> clientId();

    /** Our client secret (FLEET_OIDC_CLIENT_SECRET); unset for a public client (PKCE alone). */
    Optional<String> clientSecret();

    /**
     * Where the provider sends the browser back (FLEET_OIDC_REDIRECT_URL), registered at the provider:
     * https://fleet.example/api/auth/oidc/callback. Unset: derived from the address the browser used.
     */
    Optional<String> redirectUrl();

    /** The ID token claim that holds the username of the local account (FLEET_OIDC_USERNAME_CLAIM). */
    @WithDefault("preferred_username")
    String usernameClaim();

    /** Scopes asked for (FLEET_OIDC_SCOPES); openid is always included. */
    @WithDefault("openid profile")
    String scopes();

    /**
     * Auto-provisioning, off unless set (FLEET_OIDC_PROVISION_ORG): the code of the organisation in which a person
     * the identity service proves, and who has no account here, gets one (with {@link #provisionRole()}).
     */
    Optional<String> provisionOrganisation();

    /** The one role a provisioned account gets (FLEET_OIDC_PROVISION_ROLE); not DRIVER (that needs a driver record). */
    @WithDefault("REQUESTER")
    AccountRole provisionRole();

    default boolean enabled() {
        return issuer().isPresent() && clientId().isPresent();
    }
}
