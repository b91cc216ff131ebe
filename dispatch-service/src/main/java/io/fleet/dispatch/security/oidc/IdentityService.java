package io.fleet.dispatch.security.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jose4j.http.Get;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * The city's identity service as an OpenID Connect provider: its discovery document (read once, read again after a
 * failure), the token endpoint (code + PKCE verifier for tokens) and the ID token check — signature against the
 * provider's published keys (JWKS, fetched again when a token names a key not seen yet, so the provider may rotate its
 * keys), issuer, audience (our client id), expiry. The nonce is the caller's to compare ({@link OidcResource}).
 */
@ApplicationScoped
public class IdentityService {

    private static final Logger LOG = Logger.getLogger(IdentityService.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final OidcConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile Provider provider;

    /** The discovery document and the ID token check built from it. */
    private record Provider(ProviderMetadata metadata, JwtConsumer idTokens) {
    }

    IdentityService(OidcConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    public boolean enabled() {
        return config.enabled();
    }

    ProviderMetadata metadata() {
        return provider().metadata();
    }

    /** The provider's authorization endpoint with the code-flow parameters. */
    URI authorizationUri(String redirectUri, String state, String nonce, String codeChallenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", config.clientId().orElseThrow());
        query.put("redirect_uri", redirectUri);
        query.put("scope", scopes());
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        String endpoint = metadata().authorizationEndpoint();
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + form(query));
    }

    /** Trades the authorization code for tokens; answers the ID token (compact JWS). */
    String exchange(String code, String redirectUri, String codeVerifier) {
        ProviderMetadata m = metadata();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", codeVerifier);
        body.put("client_id", config.clientId().orElseThrow());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(m.tokenEndpoint())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json");
        if (config.clientSecret().isPresent()) {
            if (m.secretInBody()) {
                body.put("client_secret", config.clientSecret().get());
            } else {
                String basic = enc(config.clientId().get()) + ":" + enc(config.clientSecret().get());
                request.header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
            }
        }
        HttpResponse<String> answer = send(request.POST(HttpRequest.BodyPublishers.ofString(form(body))).build(),
                "token endpoint");
        JsonNode tokens = parse(answer.body(), "token endpoint");
        if (answer.statusCode() != 200) {
            // invalid_grant and the like: a used, expired or foreign code, or a wrong PKCE verifier
            LOG.warnf("identity service token endpoint answered %d: %s", answer.statusCode(), tokens.path("error").asText());
            throw OidcFailure.refused("the identity service did not accept the sign-in ("
                    + tokens.path("error").asText("HTTP " + answer.statusCode()) + ")");
        }
        String idToken = tokens.path("id_token").asText(null);
        if (idToken == null || idToken.isBlank()) {
            throw OidcFailure.provider("the identity service answered no ID token");
        }
        return idToken;
    }

    /** The claims of an ID token whose signature, issuer, audience and expiry are good; 401 naming what is wrong. */
    JwtClaims verify(String idToken) {
        try {
            return provider().idTokens().processToClaims(idToken);
        } catch (InvalidJwtException e) {
            throw OidcFailure.refused("the ID token is not valid: " + reason(e));
        }
    }

    private static String reason(InvalidJwtException e) {
        if (e.hasExpired()) {
            return "it has expired";
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "it was issued to another client (aud)";
        }
        if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID) || e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "it was issued by another identity service (iss)";
        }
        if (e.hasErrorCode(ErrorCodes.NOT_YET_VALID) || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
            return "it is not valid yet";
        }
        // unknown key (even after fetching the keys again), bad signature, algorithm not allowed, malformed
        return "its signature does not verify against the identity service's keys";
    }

    private Provider provider() {
        Provider p = provider;
        if (p == null) {
            synchronized (this) {
                p = provider;
                if (p == null) {
                    p = discover();
                    provider = p;
                }
            }
        }
        return p;
    }

    private Provider discover() {
        String issuer = config.issuer().orElseThrow(OidcFailure::off);
        String location = stripSlash(issuer) + "/.well-known/openid-configuration";
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(location)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build(), "discovery document");
        if (answer.statusCode() != 200) {
            throw OidcFailure.provider("the identity service's discovery document answered HTTP " + answer.statusCode());
        }
        JsonNode doc = parse(answer.body(), "discovery document");
        List<String> methods = new ArrayList<>();
        doc.path("token_endpoint_auth_methods_supported").forEach(n -> methods.add(n.asText()));
        ProviderMetadata m = new ProviderMetadata(doc.path("issuer").asText(null),
                doc.path("authorization_endpoint").asText(null), doc.path("token_endpoint").asText(null),
                doc.path("jwks_uri").asText(null), methods);
        if (m.issuer() == null || !stripSlash(m.issuer()).equals(stripSlash(issuer))) {
            // OpenID Connect Discovery 4.3: the document must name the issuer it was fetched for
            throw OidcFailure.provider("the discovery document names the issuer " + m.issuer() + ", not " + issuer);
        }
        if (m.authorizationEndpoint() == null || m.tokenEndpoint() == null || m.jwksUri() == null) {
            throw OidcFailure.provider("the discovery document lacks an authorization, token or jwks endpoint");
        }
        HttpsJwks keys = new HttpsJwks(m.jwksUri());
        Get get = new Get();
        get.setConnectTimeout((int) TIMEOUT.toMillis());
        get.setReadTimeout((int) TIMEOUT.toMillis());
        keys.setSimpleHttpGet(get);
        // a token naming an unknown key fetches the keys again, at most once a second (rotation, not a flood)
        keys.setRefreshReprieveThreshold(1000);
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime().setRequireSubject().setAllowedClockSkewInSeconds(60)
                .setExpectedIssuer(m.issuer()).setExpectedAudience(config.clientId().orElseThrow())
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
                        AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384)
                .build();
        LOG.infof("city identity service %s: authorization %s, keys %s", m.issuer(), m.authorizationEndpoint(),
                m.jwksUri());
        return new Provider(m, consumer);
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw OidcFailure.provider("cannot reach the identity service's " + what + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OidcFailure.provider("interrupted while calling the identity service");
        }
    }

    private JsonNode parse(String body, String what) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new IOException("not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw OidcFailure.provider("the identity service's " + what + " is not JSON");
        }
    }

    private String scopes() {
        List<String> scopes = new ArrayList<>(List.of(config.scopes().trim().split("\\s+")));
        if (!scopes.contains("openid")) {
            scopes.add(0, "openid");
        }
        return String.join(" ", scopes);
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
