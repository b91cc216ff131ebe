package io.fleet.dispatch.terminal.command;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Remote terminal commands; application.properties maps each to an environment variable (README). */
@ConfigMapping(prefix = "fleet.commands")
public interface CommandConfig {

    /** How long a dangerous command waits for a second person's approval before it expires. */
    @WithDefault("PT30M")
    Duration approvalTtl();

    /** How long the gateway waits for the terminal's answer before it reports a timeout. */
    @WithDefault("PT30S")
    Duration answerTimeout();

    /** How often commands waiting for approval are checked for expiry (read by CommandExpiry's schedule). */
    @WithDefault("30s")
    String expiryCheck();

    /** Whether this instance consumes the gateway's downlink-replies stream (any number of instances may). */
    @WithDefault("true")
    boolean repliesEnabled();

    /** Consumer name in the replies stream's group; host-pid when empty. */
    Optional<String> consumerName();
}
