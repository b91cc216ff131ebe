package io.fleet.dispatch.security.oidc;

import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;

/** The refusals of a city-identity sign-in, each a problem document like every other refusal. */
final class OidcFailure {

    static final String OFF = "urn:fleet:problem:oidc-off";
    static final String REFUSED = "urn:fleet:problem:oidc-refused";
    static final String NO_ACCOUNT = "urn:fleet:problem:no-account";
    static final String PROVIDER = "urn:fleet:problem:identity-service";

    private OidcFailure() {
    }

    static ProblemException off() {
        return new ProblemException(new Problem(OFF, "Not configured", 404,
                "sign-in with the city identity service is not configured here (FLEET_OIDC_ISSUER)", null));
    }

    /** The answer does not prove who the person is (bad state, nonce, signature, audience, expiry…): 401. */
    static ProblemException refused(String detail) {
        return new ProblemException(new Problem(REFUSED, "Sign-in failed", 401, detail, null));
    }

    /** The identity service cannot be reached or answers nonsense: 502. */
    static ProblemException provider(String detail) {
        return new ProblemException(new Problem(PROVIDER, "Identity service unavailable", 502, detail, null));
    }
}
