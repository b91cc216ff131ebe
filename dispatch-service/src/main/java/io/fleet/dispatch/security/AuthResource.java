package io.fleet.dispatch.security;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import io.fleet.dispatch.account.Account;
import io.fleet.dispatch.account.AccountService;
import io.fleet.dispatch.organisation.OrganisationRepository;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Console sign-in and sign-out (docs/security.md). The token is answered and set as an HttpOnly cookie. */
@Path("/api/auth")
@Tag(name = "Sign-in", description = "Console sign-in with a password, sign-out, who am I")
public class AuthResource {

    private final AccountService accounts;
    private final OrganisationRepository organisations;
    private final Tokens tokens;
    private final CurrentCaller current;
    private final SecurityConfig config;

    AuthResource(AccountService accounts, OrganisationRepository organisations, Tokens tokens, CurrentCaller current,
            SecurityConfig config) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.tokens = tokens;
        this.current = current;
        this.config = config;
    }

    @POST
    @Path("/sign-in")
    @Operation(summary = "Sign in: answers a token and the account and sets the fleet_session cookie; 401 wrong "
            + "username or password, 423 locked after 5 failures")
    public Response signIn(@Valid @NotNull SignInRequest request) {
        Account a = accounts.signInConsole(request.username(), request.password());
        Caller caller = new Caller(a.id, a.username, a.displayName, EnumSet.copyOf(a.roles), a.orgId, a.orgPath,
                a.driverId, Tokens.newTokenId(), Instant.now().plus(config.sessionTtl()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS), Tokens.ISSUER);
        String token = tokens.issue(caller);
        return Response.ok(new SignedIn(token, caller.expiresAt(), account(caller)))
                .header(HttpHeaders.SET_COOKIE, cookie(token, config.sessionTtl())).build();
    }

    @POST
    @Path("/sign-out")
    @Operation(summary = "Sign out: the token stops working at once everywhere and the cookie is cleared")
    public Response signOut() {
        tokens.revoke(current.require());
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO)).build();
    }

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in account")
    public SessionAccount me() {
        return account(current.require());
    }

    SessionAccount account(Caller c) {
        String orgName = organisations.findByIdOptional(c.orgId()).map(o -> o.name).orElse(null);
        return new SessionAccount(c.accountId(), c.username(), c.displayName(), c.roles().stream().sorted().toList(),
                c.orgId(), orgName);
    }

    private String cookie(String value, Duration ttl) {
        return ApiGuard.COOKIE + "=" + value + "; Path=/; Max-Age=" + ttl.toSeconds() + "; HttpOnly; SameSite=Strict"
                + (config.cookieSecure() ? "; Secure" : "");
    }
}
