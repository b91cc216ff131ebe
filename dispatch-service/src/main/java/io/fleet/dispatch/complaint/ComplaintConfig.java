package io.fleet.dispatch.complaint;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of complaint handling; application.properties maps each to an environment variable (README). */
@ConfigMapping(prefix = "fleet.complaints")
public interface ComplaintConfig {

    /** Working days from receipt until the reply is due (15, as 12345 hotlines usually give for complaints). */
    @WithDefault("15")
    int replyWorkingDays();

    /** A reminder goes out when this many working days or fewer are left. */
    @WithDefault("2")
    int remindWorkingDaysBefore();

    /** How often the deadline job looks ("off" to disable). */
    @WithDefault("10m")
    String reminderInterval();

    /** How many minutes the trace widens the time the citizen gave, each side: people misremember by a few. */
    @WithDefault("15")
    int timeToleranceMinutes();

    /** How close a car must have come, in metres, to count as "there". */
    @WithDefault("300")
    int placeRadiusMetres();

    /** Public form: complaints accepted per client address per hour. */
    @WithDefault("5")
    int publicPerHour();

    /** Public form: a form sent sooner than this after it was opened is taken for a robot. */
    @WithDefault("PT4S")
    Duration publicMinFillTime();

    /**
     * Header carrying the client's address when the service sits behind a reverse proxy (e.g. X-Real-IP); unset, the
     * connection's address is used. Only set it when a proxy that overwrites the header is in front.
     */
    Optional<String> clientAddressHeader();

    /** Largest photo accepted, in bytes. */
    @WithDefault("1048576")
    int photoMaxBytes();
}
