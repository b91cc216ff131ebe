package io.fleet.mobile.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.mobile.auth.Session;
import io.fleet.mobile.common.Problem;
import io.fleet.mobile.dispatch.DispatchAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * Runs a phone's write at most once per Idempotency-Key. The first attempt does the work and its answer — success or
 * a definite refusal (4xx) — is kept; a retry of the same request gets that answer back with
 * {@code Idempotent-Replayed: true}. When dispatch-service failed or could not be reached the claim is released, since
 * nothing was applied, and a retry tries again.
 */
@ApplicationScoped
public class IdempotentWrites {

    public static final String HEADER = "Idempotency-Key";

    private final IdempotencyStore store;
    private final ObjectMapper json;

    IdempotentWrites(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    public Response once(Session session, String key, String method, String path, Object body,
            Supplier<DispatchAnswer> work) {
        if (key == null || key.isBlank() || key.length() > 128) {
            throw Problem.badField(HEADER, "every write needs a unique key of up to 128 characters (a UUID)");
        }
        String account = Long.toString(session.accountId());
        String fingerprint = fingerprint(method, path, body);
        IdempotencyStore.Claim claim = store.claim(account, key, fingerprint);
        switch (claim.outcome()) {
            case REPLAY -> {
                return replayed(read(claim.answer()));
            }
            case IN_PROGRESS -> throw Problem.of(409, "urn:fleet:problem:in-progress", "Still working",
                    "the first attempt with this key is still running; retry in a moment");
            case KEY_REUSED -> throw Problem.of(422, "urn:fleet:problem:key-reused", "Key used for another request",
                    "this Idempotency-Key was used for a different request");
            default -> {
                // PROCEED
            }
        }
        DispatchAnswer answer;
        try {
            answer = work.get();
        } catch (RuntimeException e) {
            store.release(account, key);
            throw e;
        }
        if (answer.status() >= 500) {
            store.release(account, key);
        } else {
            store.complete(account, key, write(answer));
        }
        return answer.toResponse();
    }

    private Response replayed(DispatchAnswer a) {
        return Response.fromResponse(a.toResponse()).header("Idempotent-Replayed", "true").build();
    }

    private DispatchAnswer read(String stored) {
        try {
            return json.readValue(stored, DispatchAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored answer", e);
        }
    }

    private String write(DispatchAnswer answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String fingerprint(String method, String path, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
