package io.fleet.dispatch.security;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import io.fleet.dispatch.account.AccountRole;

/**
 * Tokens for tests that run the services as separate processes: signed with the key pair of the processes' key
 * directory (made there under its lock when none exists yet), by the service's own signing code.
 */
public final class KeyDirTokens {

    private KeyDirTokens() {
    }

    /** An administrator of every organisation (scope "/"), valid for an hour. */
    public static String administrator(Path keysDir) {
        Caller admin = new Caller(0, "fault-rig", "fault rig", EnumSet.of(AccountRole.ADMINISTRATOR), 0, "/", null,
                Tokens.newTokenId(), Instant.now().plus(Duration.ofHours(1)), Tokens.ISSUER);
        return Tokens.sign(admin, TokenKeys.loadOrCreate(keysDir).getPrivate());
    }
}
