package io.fleet.mobile.auth;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.mobile.common.Problem;
import io.fleet.mobile.dispatch.DispatchAnswer;
import io.fleet.mobile.dispatch.DispatchClient;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signing in and out. dispatch-service checks the password, counts failures and binds the account to the phone;
 * this service then hands the phone a signed token that every other endpoint here requires.
 */
@Path("/api/session")
@Tag(name = "Session", description = "Sign in with a password from a phone, sign out")
public class SessionResource {

    private final DispatchClient dispatch;
    private final Tokens tokens;
    private final ObjectMapper json;

    SessionResource(DispatchClient dispatch, Tokens tokens, ObjectMapper json) {
        this.dispatch = dispatch;
        this.tokens = tokens;
        this.json = json;
    }

    /** username, password and deviceId (the app's own random id for this phone). */
    @POST
    @Operation(summary = "Sign in: answers a bearer token and the account, or dispatch-service's refusal (401, 403, 423)")
    public Response signIn(Map<String, Object> body) {
        if (body == null) {
            throw Problem.badField("username", "send username, password and deviceId");
        }
        for (String field : new String[] {"username", "password", "deviceId"}) {
            if (!(body.get(field) instanceof String s) || s.isBlank()) {
                throw Problem.badField(field, "required");
            }
        }
        DispatchAnswer answer = dispatch.signIn(
                Map.of("username", body.get("username"), "password", body.get("password"), "deviceId", body.get("deviceId")));
        if (!answer.ok()) {
            return answer.toResponse();
        }
        Map<String, Object> account = read(answer.body());
        String token = tokens.issue(account);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("token", token);
        result.put("expiresAt", tokens.check(token).expiresAt().toString());
        result.put("account", account);
        return Response.ok(result).build();
    }

    @GET
    @Operation(summary = "Who the token belongs to")
    public Session me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return tokens.require(authorization);
    }

    @DELETE
    @Operation(summary = "Sign out: the token stops working at once")
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revoke(tokens.require(authorization));
        return Response.noContent().build();
    }

    private Map<String, Object> read(String body) {
        try {
            return json.readValue(body, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dispatch-service answered sign-in with unreadable JSON", e);
        }
    }
}
