package io.fleet.dispatch.security;

import java.time.Duration;
import java.time.Instant;

import io.fleet.dispatch.account.Account;
import io.fleet.dispatch.audit.AuditEvent;
import io.fleet.dispatch.audit.AuditLog;
import io.fleet.dispatch.account.AccountService;
import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.security.oidc.IdentityService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Console sign-in and sign-out (docs/security.md). The token is answered and set as an HttpOnly cookie. */
@Path("/api/auth")
@Tag(name = "Sign-in", description = "Console sign-in with a password or the city identity service, sign-out, who am I")
public class AuthResource {

    private final AccountService accounts;
    private final Sessions sessions;
    private final Tokens tokens;
    private final CurrentCaller current;
    private final SignInLimit limit;
    private final SecurityConfig config;
    private final IdentityService identity;

    private final AuditLog audit;

    AuthResource(AccountService accounts, Sessions sessions, Tokens tokens, CurrentCaller current, SignInLimit limit,
            SecurityConfig config, IdentityService identity, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.current = current;
        this.limit = limit;
        this.config = config;
        this.identity = identity;
    }

    /** How the sign-in screen may offer to sign in. */
    public record Options(boolean password, boolean oidc) {
    }

    @GET
    @Path("/options")
    @Operation(summary = "The ways to sign in here (public): password always; oidc when the city identity service is "
            + "configured (then GET /api/auth/oidc/start)")
    public Options options() {
        return new Options(true, identity.enabled());
    }

    @POST
    @Path("/sign-in")
    @Operation(summary = "Sign in: answers a token and the account and sets the fleet_session cookie; 401 wrong "
            + "username or password, 423 locked after 5 failures, 429 too many failures from one address")
    public Response signIn(@Valid @NotNull SignInRequest request, @Context HttpServerRequest http) {
        String address = ClientAddress.of(http, config.clientAddressHeader());
        limit.check(address, Instant.now());
        Account a;
        try {
            a = accounts.signInConsole(request.username(), request.password());
        } catch (ProblemException e) {
            if (e.problem().status() == 401) {
                limit.failed(address, Instant.now());
            }
            throw e;
        }
        Sessions.Opened session = sessions.open(a, "password", address);
        return Response.ok(session.answer()).header(HttpHeaders.SET_COOKIE, session.cookie()).build();
    }

    @POST
    @Path("/sign-out")
    @Operation(summary = "Sign out: the token stops working at once everywhere and the cookie is cleared")
    public Response signOut() {
        Caller caller = current.require();
        tokens.revoke(caller);
        audit.record(AuditEvent.of("SIGN_OUT", "account", caller.accountId(), caller.orgPath()));
        return Response.noContent().header(HttpHeaders.SET_COOKIE, sessions.cookie("", Duration.ZERO)).build();
    }

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in account")
    public SessionAccount me() {
        return sessions.account(current.require());
    }
}
