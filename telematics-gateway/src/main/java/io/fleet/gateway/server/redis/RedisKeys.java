package io.fleet.gateway.server.redis;

/**
 * Names of every Redis key the gateway touches, under one prefix (FLEET_REDIS_PREFIX). The contract with
 * dispatch-service is documented in docs/gateway.md; keep the two in step.
 */
public final class RedisKeys {

    private final String prefix;

    public RedisKeys(String prefix) {
        this.prefix = prefix;
    }

    /** HASH written by dispatch-service: vehicleId, plate, orgId, enabled ("1"/"0"). */
    public String terminal(String phone) {
        return prefix + "terminal:" + phone;
    }

    /** STRING: the auth code issued in the last 0x8100 to this terminal. */
    public String authCode(String phone) {
        return prefix + "auth:" + phone;
    }

    /** STRING with TTL: id of the node holding the terminal's connection. */
    public String session(String phone) {
        return prefix + "session:" + phone;
    }

    /** STREAM of location-bearing uplinks (0x0200, 0x0201, 0x0704). */
    public String positions() {
        return prefix + "positions";
    }

    /** STREAM of other stored uplinks (0x0702, 0x0800, 0x0801, 0x0900). */
    public String events() {
        return prefix + "events";
    }

    /** STREAM of downlink commands for one node. */
    public String downlink(String nodeId) {
        return prefix + "downlink:" + nodeId;
    }

    /** STREAM of downlink outcomes, read by dispatch-service. */
    public String downlinkReplies() {
        return prefix + "downlink-replies";
    }

    public String prefix() {
        return prefix;
    }
}
