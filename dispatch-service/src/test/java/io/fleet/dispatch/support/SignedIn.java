package io.fleet.dispatch.support;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import io.fleet.dispatch.account.AccountRole;
import io.fleet.dispatch.security.Caller;
import io.fleet.dispatch.security.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Signs every test in centrally: before each test, RestAssured calls carry a bearer token of a test operator who has
 * every role and sees every organisation (path "/"), signed by the service's own key like any token. A request that
 * brings its own Authorization header or fleet_session cookie keeps it (the security tests play real accounts that
 * way). Registered in META-INF/services, so no test needs to do anything.
 */
public class SignedIn implements QuarkusTestBeforeEachCallback {

    private static volatile Tokens tokensOfToken;
    private static volatile String token;
    private static volatile boolean filterInstalled;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!filterInstalled) {
            Filter bearer = (request, response, ctx) -> {
                if (!request.getHeaders().hasHeaderWithName("Authorization")
                        && !request.getCookies().hasCookieWithName("fleet_session")) {
                    request.header("Authorization", "Bearer " + token());
                }
                return ctx.next(request, response);
            };
            RestAssured.filters(bearer);
            filterInstalled = true;
        }
    }

    /**
     * A token of a test operator who has only {@code roles} and sees every organisation: for tests that play one
     * role's screens (the browser tests of the dispatcher, say), where the all-roles operator would see them all.
     */
    public static String token(Set<AccountRole> roles) {
        Tokens tokens = Arc.container().instance(Tokens.class).get();
        return tokens.issue(new Caller(0, "test-" + roles.iterator().next().name().toLowerCase(), "测试操作员",
                EnumSet.copyOf(roles), 0, "/", null, Tokens.newTokenId(), Instant.now().plus(Duration.ofHours(12)),
                Tokens.ISSUER));
    }

    /** The test operator's token for the running application (for HTTP clients other than RestAssured). */
    public static synchronized String token() {
        Tokens tokens = Arc.container().instance(Tokens.class).get();
        if (tokens != tokensOfToken || token == null) {
            token = tokens.issue(new Caller(0, "test-operator", "测试操作员", EnumSet.allOf(AccountRole.class), 0, "/",
                    null, Tokens.newTokenId(), Instant.now().plus(Duration.ofHours(12)), Tokens.ISSUER));
            tokensOfToken = tokens;
        }
        return token;
    }
}
