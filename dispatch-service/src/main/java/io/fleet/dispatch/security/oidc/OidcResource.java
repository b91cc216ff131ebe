package io.fleet.dispatch.security.oidc;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;

import io.fleet.dispatch.account.Account;
import io.fleet.dispatch.account.AccountService;
import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.security.ClientAddress;
import io.fleet.dispatch.security.SecurityConfig;
import io.fleet.dispatch.security.Sessions;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;

/**
 * Sign-in through the city's unified identity service (统一身份认证): the OpenID Connect authorization code flow with
 * PKCE, state and nonce. {@code start} sends the browser to the provider; the provider sends it back to
 * {@code callback} with a code, which is traded for an ID token; once that token is verified the person signs in as
 * the local account of the same username, exactly as with a password (same session token and cookie).
 * The state is also kept in a cookie of the browser that started, so a return link planted in another browser
 * (login CSRF) finds no match.
 */
@Path("/api/auth/oidc")
@Tag(name = "Sign-in")
public class OidcResource {

    static final String STATE_COOKIE = "fleet_oidc_state";
    static final String CALLBACK = "/api/auth/oidc/callback";

    private final IdentityService identity;
    private final PendingSignIns pending;
    private final AccountService accounts;
    private final Sessions sessions;
    private final OidcConfig config;
    private final SecurityConfig security;

    OidcResource(IdentityService identity, PendingSignIns pending, AccountService accounts, Sessions sessions,
            OidcConfig config, SecurityConfig security) {
        this.identity = identity;
        this.pending = pending;
        this.accounts = accounts;
        this.sessions = sessions;
        this.config = config;
        this.security = security;
    }

    @GET
    @Path("/start")
    @Operation(summary = "Sign in with the city identity service: 302 to the provider (404 when not configured); "
            + "next: the console page to return to")
    public Response start(@QueryParam("next") String next, @Context HttpServerRequest http) {
        if (!identity.enabled()) {
            throw OidcFailure.off();
        }
        String redirectUri = config.redirectUrl()
                .orElseGet(() -> URI.create(http.absoluteURI()).resolve(CALLBACK).toString());
        String state = PendingSignIns.random();
        PendingSignIns.Pending p = new PendingSignIns.Pending(PendingSignIns.random(), PendingSignIns.random(),
                redirectUri, localPath(next));
        URI provider = identity.authorizationUri(redirectUri, state, p.nonce(), p.codeChallenge());
        pending.put(state, p);
        return Response.status(302).location(provider)
                .header(HttpHeaders.SET_COOKIE, stateCookie(state, PendingSignIns.LIFETIME)).build();
    }

    @GET
    @Path("/callback")
    @Operation(summary = "Where the identity service returns: verifies the answer and the ID token, sets the "
            + "fleet_session cookie as a password sign-in does and 303s to the console; 401 when the answer does not "
            + "prove who it is, 403 when the person has no account here")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
            @QueryParam("error") String error, @CookieParam(STATE_COOKIE) String browserState,
            @Context HttpServerRequest http) {
        if (!identity.enabled()) {
            throw OidcFailure.off();
        }
        if (state == null || state.isBlank()) {
            throw Problems.badField("state", "the identity service's answer carries no state");
        }
        if (browserState == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                browserState.getBytes(StandardCharsets.UTF_8))) {
            throw OidcFailure.refused("the state does not match the sign-in this browser started; start again");
        }
        PendingSignIns.Pending p = pending.take(state);
        if (p == null) {
            throw OidcFailure.refused("this sign-in has expired or was used already; start again");
        }
        if (error != null) {
            throw OidcFailure.refused("the identity service refused the sign-in (" + error + ")");
        }
        if (code == null || code.isBlank()) {
            throw Problems.badField("code", "the identity service's answer carries no code");
        }
        JwtClaims claims = identity.verify(identity.exchange(code, p.redirectUri(), p.codeVerifier()));
        String username;
        try {
            if (!p.nonce().equals(claims.getStringClaimValue("nonce"))) {
                throw OidcFailure.refused("the ID token's nonce is not this sign-in's (a replayed token?)");
            }
            List<String> audience = claims.getAudience();
            if (audience.size() > 1 && !config.clientId().orElseThrow().equals(claims.getStringClaimValue("azp"))) {
                throw OidcFailure.refused("the ID token names several audiences and is not authorised for us (azp)");
            }
            username = claims.getStringClaimValue(config.usernameClaim());
        } catch (MalformedClaimException e) {
            throw OidcFailure.refused("the ID token has a malformed claim: " + e.getMessage());
        }
        if (username == null || username.isBlank()) {
            throw OidcFailure.refused("the ID token has no " + config.usernameClaim() + " claim to find the account by");
        }
        if (config.provisionOrganisation().isPresent()) {
            accounts.provision(username, claims.getClaimValueAsString("name"), config.provisionOrganisation().get(),
                    config.provisionRole());
        }
        Account a = accounts.signInExternal(username);
        Sessions.Opened session = sessions.open(a, "city identity " + claims.getClaimValueAsString("iss"),
                ClientAddress.of(http, security.clientAddressHeader()));
        return Response.seeOther(URI.create(p.next()))
                .header(HttpHeaders.SET_COOKIE, session.cookie())
                .header(HttpHeaders.SET_COOKIE, stateCookie("", Duration.ZERO)).build();
    }

    /**
     * The state cookie: Lax (not Strict like the session cookie) because the provider's redirect back is a
     * navigation from another site, and Lax cookies go along on those; only the callback path sees it.
     */
    private String stateCookie(String value, Duration ttl) {
        return STATE_COOKIE + "=" + value + "; Path=/api/auth/oidc; Max-Age=" + ttl.toSeconds()
                + "; HttpOnly; SameSite=Lax" + (sessions.cookieSecure() ? "; Secure" : "");
    }

    /** A page of this site to return to; anything else (another host, //host, a scheme) becomes the console's root. */
    public static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(ch -> ch < 0x20)) {
            return "/";
        }
        return next;
    }
}
