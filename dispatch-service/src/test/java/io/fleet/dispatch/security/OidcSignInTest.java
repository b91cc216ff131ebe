package io.fleet.dispatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.security.oidc.OidcResource;
import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.BrowserScenario;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through the city identity service, over HTTP as a browser does it, against a real OpenID Connect provider
 * running in the test process (CityIdentityProvider): start → provider → callback → our session cookie →
 * /api/auth/me; and every way the answer can fail to prove who the person is.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.WithCityIdentity.class)
class OidcSignInTest {

    /** This application with the provider configured (a separate start of the application). */
    public static class WithCityIdentity implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CityIdentityProvider.class));
        }
    }

    @CityIdentityProvider.Injected
    CityIdentityProvider provider;

    @TestHTTPResource("/")
    URI base;

    private final ObjectMapper json = new ObjectMapper();
    private OidcBrowser browser;
    private String dispatcher;

    @BeforeEach
    void account() {
        browser = new OidcBrowser(base);
        dispatcher = Accounts.make(Api.organisation(null, "CITY_BUREAU"), "DISPATCHER", "SUPERVISOR");
        provider.signedInAs = dispatcher;
        provider.spoil = CityIdentityProvider.Spoil.NONE;
    }

    @Test
    void theWholeFlowEndsInOurOwnSessionAsThePasswordSignInWould() throws Exception {
        JsonNode options = json.readTree(browser.get(base.resolve("/api/auth/options"), null).body());
        assertThat(options.path("oidc").asBoolean()).isTrue();
        assertThat(options.path("password").asBoolean()).isTrue();

        OidcBrowser.Started s = browser.start("/dispatch?day=today");
        assertThat(s.provider().toString()).startsWith(provider.issuer() + "/authorize?");
        assertThat(s.query()).containsEntry("response_type", "code")
                .containsEntry("client_id", CityIdentityProvider.CLIENT_ID)
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", base.resolve("/api/auth/oidc/callback").toString())
                .containsKeys("state", "nonce", "code_challenge");
        assertThat(s.query().get("scope")).contains("openid");
        assertThat(s.stateCookie()).isEqualTo(s.query().get("state"));

        URI callback = browser.atProvider(s);
        HttpResponse<String> back = browser.get(callback, s.stateCookie());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).hasValue(base.resolve("/dispatch?day=today").toString());
        String session = OidcBrowser.cookie(back, ApiGuard.COOKIE);
        assertThat(session).isNotBlank();
        assertThat(back.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("fleet_session=").contains("HttpOnly").contains("SameSite=Strict").contains("Max-Age=28800"));

        HttpResponse<String> me = browser.withSession("/api/auth/me", session);
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode account = json.readTree(me.body());
        assertThat(account.path("username").asText()).isEqualTo(dispatcher);
        assertThat(account.path("roles").toString()).contains("DISPATCHER").contains("SUPERVISOR");

        // the same answer again (a replayed return link) finds its sign-in used up
        HttpResponse<String> replay = browser.get(callback, s.stateCookie());
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theConsoleOffersTheCityIdentityAndSignsInThroughIt() throws Exception {
        BrowserScenario.runSignedOut("console-sign-in-city", base.toString(), "on", dispatcher);
    }

    @Test
    void theProviderMayRotateItsSigningKey() throws Exception {
        browser.signIn(); // the first key is now known
        int fetches = provider.jwksFetches();
        provider.rotate();
        HttpResponse<String> back = browser.signIn();
        assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
        assertThat(provider.jwksFetches()).as("the keys were fetched again for the new key id").isGreaterThan(fetches);
    }

    @Test
    void aStateThisBrowserDidNotStartIsRefused() throws Exception {
        OidcBrowser.Started mine = browser.start(null);
        OidcBrowser.Started other = browser.start(null);
        URI callback = browser.atProvider(mine);
        // the return link carries my state, the browser holds another sign-in's cookie (login CSRF)
        HttpResponse<String> r = browser.get(callback, other.stateCookie());
        assertRefused(r, 401, "state does not match");
        // no cookie at all
        assertRefused(browser.get(callback, null), 401, "state does not match");
        // a state made up, with a cookie to match it
        String forged = callback.toString().replace(mine.query().get("state"), "made-up-state");
        assertRefused(browser.get(URI.create(forged), "made-up-state"), 401, "expired or was used");
        // no state
        HttpResponse<String> none = browser.get(base.resolve("/api/auth/oidc/callback?code=x"), null);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json.readTree(none.body()).path("violations").get(0).path("field").asText()).isEqualTo("state");
    }

    @Test
    void anIdTokenForAnotherSignInIsRefused() throws Exception {
        provider.spoil = CityIdentityProvider.Spoil.NONCE;
        assertRefused(browser.signIn(), 401, "nonce");
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() throws Exception {
        provider.spoil = CityIdentityProvider.Spoil.AUDIENCE;
        assertRefused(browser.signIn(), 401, "another client");
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        provider.spoil = CityIdentityProvider.Spoil.EXPIRED;
        assertRefused(browser.signIn(), 401, "expired");
    }

    @Test
    void anIdTokenSignedByAKeyTheProviderDoesNotPublishIsRefused() throws Exception {
        provider.spoil = CityIdentityProvider.Spoil.UNKNOWN_KEY;
        assertRefused(browser.signIn(), 401, "signature");
    }

    @Test
    void aPersonWithoutALocalAccountIsRefused() throws Exception {
        provider.signedInAs = "nobody-" + dispatcher;
        HttpResponse<String> r = browser.signIn();
        assertRefused(r, 403, "has no Fleet account");
        assertThat(json.readTree(r.body()).path("type").asText()).isEqualTo("urn:fleet:problem:no-account");
    }

    @Test
    void theProvidersOwnRefusalIsPassedOn() throws Exception {
        OidcBrowser.Started s = browser.start(null);
        URI callback = base.resolve("/api/auth/oidc/callback?error=access_denied&state=" + s.query().get("state"));
        assertRefused(browser.get(callback, s.stateCookie()), 401, "access_denied");
    }

    @Test
    void onlyPagesOfThisSiteAreReturnedTo() {
        assertThat(OidcResource.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(OidcResource.localPath("//evil.example/x")).isEqualTo("/");
        assertThat(OidcResource.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(OidcResource.localPath(null)).isEqualTo("/");
        assertThat(OidcResource.localPath("/complaints?id=3")).isEqualTo("/complaints?id=3");
    }

    private void assertRefused(HttpResponse<String> r, int status, String detail) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(r.body()).path("detail").asText()).contains(detail);
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("fleet_session=")
                && !c.startsWith("fleet_session=;"));
    }
}
