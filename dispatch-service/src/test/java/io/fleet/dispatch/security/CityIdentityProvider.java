package io.fleet.dispatch.security;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * A small but real OpenID Connect provider in the test process, standing in for a city's identity service (an
 * external system): discovery, JWKS of generated RSA keys, an authorization endpoint that signs in whoever the test
 * names, and a token endpoint that checks the client secret, the redirect URI and the PKCE verifier and answers a
 * signed ID token. Tests may spoil the next ID token (audience, nonce, expiry, an unpublished key) and rotate the key.
 */
public class CityIdentityProvider implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "fleet-console";
    static final String CLIENT_SECRET = "s3cret-of-the-city";

    /** Marks the test's field that receives the running provider. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Injected {
    }

    /** What the test wants the next ID token to get wrong. */
    enum Spoil { NONE, AUDIENCE, NONCE, EXPIRED, UNKNOWN_KEY }

    private record Grant(String redirectUri, String challenge, String nonce, String username) {
    }

    private HttpServer server;
    private String issuer;
    private volatile RsaJsonWebKey key;
    private final List<RsaJsonWebKey> published = new CopyOnWriteArrayList<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final AtomicInteger jwksFetches = new AtomicInteger();
    volatile String signedInAs;
    volatile Spoil spoil = Spoil.NONE;

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this, new TestInjector.AnnotatedAndMatchesType(Injected.class,
                CityIdentityProvider.class));
    }

    @Override
    public Map<String, String> start() {
        try {
            key = newKey();
            published.add(key);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/hangzhou";
            server.createContext("/realms/hangzhou/.well-known/openid-configuration", this::discovery);
            server.createContext("/realms/hangzhou/jwks", this::jwks);
            server.createContext("/realms/hangzhou/authorize", this::authorize);
            server.createContext("/realms/hangzhou/token", this::token);
            server.start();
        } catch (IOException | JoseException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("fleet.oidc.issuer", issuer, "fleet.oidc.client-id", CLIENT_ID,
                "fleet.oidc.client-secret", CLIENT_SECRET);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    String issuer() {
        return issuer;
    }

    int jwksFetches() {
        return jwksFetches.get();
    }

    /** A new signing key, published alone from now on (the old one withdrawn), as a provider rotating its keys. */
    void rotate() throws JoseException {
        RsaJsonWebKey next = newKey();
        key = next;
        published.clear();
        published.add(next);
    }

    private static RsaJsonWebKey newKey() throws JoseException {
        RsaJsonWebKey k = RsaJwkGenerator.generateJwk(2048);
        k.setKeyId(UUID.randomUUID().toString());
        k.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        k.setUse("sig");
        return k;
    }

    private void discovery(HttpExchange x) throws IOException {
        String doc = "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\","
                + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"code_challenge_methods_supported\":[\"S256\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\"]}";
        answer(x, 200, doc);
    }

    private void jwks(HttpExchange x) throws IOException {
        jwksFetches.incrementAndGet();
        answer(x, 200, new JsonWebKeySet(published.toArray(JsonWebKey[]::new))
                .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    /** The person named by the test has signed in at the provider: back to the client with a code. */
    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> q = decode(x.getRequestURI().getRawQuery());
        if (!"code".equals(q.get("response_type")) || !CLIENT_ID.equals(q.get("client_id"))
                || !"S256".equals(q.get("code_challenge_method")) || q.get("code_challenge") == null
                || q.get("redirect_uri") == null || !q.getOrDefault("scope", "").contains("openid")) {
            answer(x, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(q.get("redirect_uri"), q.get("code_challenge"), q.get("nonce"), signedInAs));
        x.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=" + enc(code) + "&state="
                + enc(q.get("state")));
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private void token(HttpExchange x) throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(x.getRequestHeaders().getFirst("Authorization"))) {
            answer(x, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Map<String, String> form;
        try (InputStream in = x.getRequestBody()) {
            form = decode(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (!"authorization_code".equals(form.get("grant_type")) || grant == null
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !grant.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            answer(x, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            answer(x, 200, "{\"access_token\":\"" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":300,\"id_token\":\"" + idToken(grant) + "\"}");
        } catch (JoseException e) {
            answer(x, 500, "{\"error\":\"server_error\"}");
        }
    }

    private String idToken(Grant grant) throws JoseException {
        Spoil s = spoil;
        spoil = Spoil.NONE;
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject("city-" + grant.username());
        claims.setAudience(s == Spoil.AUDIENCE ? "another-client" : CLIENT_ID);
        long now = Instant.now().getEpochSecond();
        claims.setIssuedAt(NumericDate.fromSeconds(s == Spoil.EXPIRED ? now - 3600 : now));
        claims.setExpirationTime(NumericDate.fromSeconds(s == Spoil.EXPIRED ? now - 1800 : now + 300));
        claims.setClaim("nonce", s == Spoil.NONCE ? "a-nonce-of-another-sign-in" : grant.nonce());
        claims.setClaim("preferred_username", grant.username());
        claims.setClaim("name", "城市身份 " + grant.username());
        RsaJsonWebKey signer = s == Spoil.UNKNOWN_KEY ? newKey() : key;
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signer.getPrivateKey());
        jws.setKeyIdHeaderValue(s == Spoil.UNKNOWN_KEY ? key.getKeyId() : signer.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> decode(String query) {
        Map<String, String> values = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
