package io.fleet.dispatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Auto-provisioning, where a city turns it on: a person without an account gets one, in the organisation and role set. */
@QuarkusTest
@TestProfile(OidcProvisioningTest.WithProvisioning.class)
class OidcProvisioningTest {

    static final String STAFF_ORG = "CITY-IDENTITY-STAFF";

    /** The provider configured, and provisioning into STAFF_ORG as APPROVER. */
    public static class WithProvisioning implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CityIdentityProvider.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fleet.oidc.provision-organisation", STAFF_ORG, "fleet.oidc.provision-role", "APPROVER");
        }
    }

    @CityIdentityProvider.Injected
    CityIdentityProvider provider;

    @TestHTTPResource("/")
    URI base;

    private final ObjectMapper json = new ObjectMapper();
    private long staffOrg;

    @BeforeEach
    void organisation() {
        var existing = given().get("/api/organisations").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.code == '" + STAFF_ORG + "' }.id", Long.class);
        staffOrg = existing.isEmpty()
                ? given().contentType(ContentType.JSON).body(Map.of("code", STAFF_ORG, "name", "统一身份认证人员", "kind",
                        "CITY_BUREAU")).post("/api/organisations").then().statusCode(201).extract().jsonPath().getLong("id")
                : existing.get(0);
        provider.spoil = CityIdentityProvider.Spoil.NONE;
    }

    @Test
    void aPersonWithoutAnAccountGetsOneInTheConfiguredOrganisationAndRole() throws Exception {
        String newcomer = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        provider.signedInAs = newcomer;
        OidcBrowser browser = new OidcBrowser(base);
        HttpResponse<String> back = browser.signIn();
        assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
        JsonNode me = json.readTree(browser.withSession("/api/auth/me",
                OidcBrowser.cookie(back, ApiGuard.COOKIE)).body());
        assertThat(me.path("username").asText()).isEqualTo(newcomer);
        assertThat(me.path("displayName").asText()).isEqualTo("城市身份 " + newcomer);
        assertThat(me.path("roles").toString()).isEqualTo("[\"APPROVER\"]");
        assertThat(me.path("organisationId").asLong()).isEqualTo(staffOrg);

        // the second time the same account is used, not another one
        assertThat(browser.signIn().statusCode()).isEqualTo(303);
        assertThat(given().get("/api/accounts").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.username == '" + newcomer + "' }")).hasSize(1);
    }

    @Test
    void anExistingAccountKeepsItsOwnRolesAndOrganisation() throws Exception {
        long city = given().contentType(ContentType.JSON).body(Map.of("code", "O-" + UUID.randomUUID().toString()
                .substring(0, 8), "name", "测试单位", "kind", "CITY_BUREAU")).post("/api/organisations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String dispatcher = Accounts.make(city, "DISPATCHER");
        provider.signedInAs = dispatcher;
        OidcBrowser browser = new OidcBrowser(base);
        HttpResponse<String> back = browser.signIn();
        assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
        JsonNode me = json.readTree(browser.withSession("/api/auth/me", OidcBrowser.cookie(back, ApiGuard.COOKIE)).body());
        assertThat(me.path("roles").toString()).isEqualTo("[\"DISPATCHER\"]");
        assertThat(me.path("organisationId").asLong()).isEqualTo(city);
    }

    @Test
    void aNameThatCannotBeAUsernameIsRefused() throws Exception {
        provider.signedInAs = "张 三/" + UUID.randomUUID();
        HttpResponse<String> back = new OidcBrowser(base).signIn();
        assertThat(back.statusCode()).as(back.body()).isEqualTo(403);
        assertThat(json.readTree(back.body()).path("type").asText()).isEqualTo("urn:fleet:problem:no-account");
    }
}
