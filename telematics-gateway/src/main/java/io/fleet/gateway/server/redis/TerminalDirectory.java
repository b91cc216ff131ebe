package io.fleet.gateway.server.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The gateway's view of the terminal registry mirror, the issued auth codes and the session locations in Redis.
 * Read-only towards {@code terminal:*} (dispatch-service owns it); writes {@code auth:*} and {@code session:*}.
 */
public final class TerminalDirectory {

    /** Deletes the session key only while it still names this node: another node may own the terminal by now. */
    private static final String RELEASE_SESSION = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""";
    private static final int AUTH_CODE_BYTES = 8;

    private final RedisLink redis;
    private final RedisKeys keys;
    private final SecureRandom random = new SecureRandom();

    public TerminalDirectory(RedisLink redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** The registry entry, or {@link TerminalRecord#UNKNOWN} when dispatch-service has none. */
    public CompletionStage<TerminalRecord> lookup(String phone) {
        return redis.<Map<String, byte[]>>call(c -> c.hgetall(keys.terminal(phone))).thenApply(TerminalRecord::of);
    }

    /** Issues a fresh random auth code and stores it so any gateway node can check it. */
    public CompletionStage<String> issueAuthCode(String phone) {
        byte[] raw = new byte[AUTH_CODE_BYTES];
        random.nextBytes(raw);
        String code = HexFormat.of().formatHex(raw);
        return redis.call(c -> c.set(keys.authCode(phone), RedisLink.bytes(code))).thenApply(ok -> code);
    }

    /** True only if an auth code was issued and equals {@code presented} (compared in constant time). */
    public CompletionStage<Boolean> checkAuthCode(String phone, String presented) {
        return redis.call(c -> c.get(keys.authCode(phone)))
                .thenApply(stored -> stored != null && presented != null
                        && MessageDigest.isEqual(stored, RedisLink.bytes(presented)));
    }

    public CompletionStage<String> claimSession(String phone, String nodeId, Duration ttl) {
        return redis.call(c -> c.set(keys.session(phone), RedisLink.bytes(nodeId), SetArgs.Builder.px(ttl.toMillis())));
    }

    public CompletionStage<Long> releaseSession(String phone, String nodeId) {
        return redis.call(c -> c.eval(RELEASE_SESSION, ScriptOutputType.INTEGER, new String[] {keys.session(phone)},
                RedisLink.bytes(nodeId)));
    }

    /** One row of the registry mirror. */
    public record TerminalRecord(String vehicleId, String plate, String orgId, boolean enabled) {

        public static final TerminalRecord UNKNOWN = new TerminalRecord(null, null, null, false);

        static TerminalRecord of(Map<String, byte[]> hash) {
            if (hash == null || hash.isEmpty()) {
                return UNKNOWN;
            }
            return new TerminalRecord(RedisLink.string(hash.get("vehicleId")), RedisLink.string(hash.get("plate")),
                    RedisLink.string(hash.get("orgId")), "1".equals(RedisLink.string(hash.get("enabled"))));
        }

        public boolean known() {
            return this != UNKNOWN;
        }

        /** Known, enabled and bound to a vehicle: the only kind that may register and authenticate. */
        public boolean usable() {
            return known() && enabled && vehicleId != null && !vehicleId.isBlank();
        }
    }
}
