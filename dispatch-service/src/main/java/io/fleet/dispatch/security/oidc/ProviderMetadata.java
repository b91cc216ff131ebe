package io.fleet.dispatch.security.oidc;

import java.util.List;

/** The parts of the provider's discovery document (/.well-known/openid-configuration) the code flow needs. */
record ProviderMetadata(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri,
        List<String> tokenEndpointAuthMethods) {

    /** client_secret_basic unless the provider lists only client_secret_post (the spec's default is basic). */
    boolean secretInBody() {
        return tokenEndpointAuthMethods != null && !tokenEndpointAuthMethods.isEmpty()
                && !tokenEndpointAuthMethods.contains("client_secret_basic")
                && tokenEndpointAuthMethods.contains("client_secret_post");
    }
}
