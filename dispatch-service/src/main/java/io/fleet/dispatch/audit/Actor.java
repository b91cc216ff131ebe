package io.fleet.dispatch.audit;

import java.util.List;

import io.fleet.dispatch.security.Caller;

/**
 * Who did something, as the trails record it: the signed-in caller (never a name from the request body), or
 * {@link #SYSTEM} for work without a caller (scheduled jobs, ingest, start-up, the public complaint form).
 */
public record Actor(Long accountId, String username, List<String> roles) {

    public static final Actor SYSTEM = new Actor(null, "system", List.of());

    public static Actor of(Caller c) {
        return c == null ? SYSTEM
                : new Actor(c.accountId(), c.username(), c.roles().stream().map(Enum::name).sorted().toList());
    }
}
