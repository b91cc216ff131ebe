package io.fleet.dispatch.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import io.fleet.dispatch.account.Account;
import io.fleet.dispatch.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Console sessions, however the person proved who they are (password or the city identity service): one token of
 * {@link SecurityConfig#sessionTtl()}, answered and set as the HttpOnly {@code fleet_session} cookie, and one log line.
 */
@ApplicationScoped
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);

    private final Tokens tokens;
    private final OrganisationRepository organisations;
    private final SecurityConfig config;

    Sessions(Tokens tokens, OrganisationRepository organisations, SecurityConfig config) {
        this.tokens = tokens;
        this.organisations = organisations;
        this.config = config;
    }

    /** A new session of {@code a}: the sign-in answer and its Set-Cookie header value. */
    public record Opened(SignedIn answer, String cookie) {
    }

    /** Opens a session for an account whose person has been proven by {@code method} from {@code address}. */
    public Opened open(Account a, String method, String address) {
        Caller caller = new Caller(a.id, a.username, a.displayName, EnumSet.copyOf(a.roles), a.orgId, a.orgPath,
                a.driverId, Tokens.newTokenId(), Instant.now().plus(config.sessionTtl()).truncatedTo(ChronoUnit.SECONDS),
                Tokens.ISSUER);
        String token = tokens.issue(caller);
        LOG.infof("sign-in: account %d (%s) by %s from %s, session %s", a.id, a.username, method, address,
                caller.tokenId());
        return new Opened(new SignedIn(token, caller.expiresAt(), account(caller)), cookie(token, config.sessionTtl()));
    }

    public SessionAccount account(Caller c) {
        String orgName = organisations.findByIdOptional(c.orgId()).map(o -> o.name).orElse(null);
        return new SessionAccount(c.accountId(), c.username(), c.displayName(), c.roles().stream().sorted().toList(),
                c.orgId(), orgName);
    }

    /** The session cookie carrying {@code value} for {@code ttl} (zero clears it). */
    public String cookie(String value, Duration ttl) {
        return ApiGuard.COOKIE + "=" + value + "; Path=/; Max-Age=" + ttl.toSeconds() + "; HttpOnly; SameSite=Strict"
                + (config.cookieSecure() ? "; Secure" : "");
    }

    public boolean cookieSecure() {
        return config.cookieSecure();
    }
}
