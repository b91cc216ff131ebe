package io.fleet.dispatch.complaint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.redis.RedisConfig;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * What keeps the public form usable for citizens and useless for robots, without a login or a CAPTCHA service
 * (nothing may be fetched from outside):
 * <ul>
 * <li>a rate limit per client address: a Redis counter per address and hour under the service's key prefix;</li>
 * <li>a honeypot: a field people do not see (hidden by CSS) and robots fill in;</li>
 * <li>a minimum fill time: the page carries a signed token with the time it was served; a form sent back sooner than
 * fleet.complaints.public-min-fill-time, or with a forged or day-old token, is refused.</li>
 * </ul>
 * The token key is drawn at start-up, so a page opened before a restart must be reloaded.
 */
@ApplicationScoped
public class PublicFormGuard {

    private static final Logger LOG = Logger.getLogger(PublicFormGuard.class);
    static final Duration TOKEN_LIFETIME = Duration.ofHours(2);

    private final StatefulRedisConnection<String, String> redis;
    private final String prefix;
    private final ComplaintConfig config;
    private final byte[] key = new byte[32];

    PublicFormGuard(StatefulRedisConnection<String, String> redis, RedisConfig redisConfig, ComplaintConfig config) {
        this.redis = redis;
        this.prefix = redisConfig.prefix() + "complaints:form:";
        this.config = config;
        new SecureRandom().nextBytes(key);
    }

    /** A token saying "this form was served at {@code now}". */
    public String token(Instant now) {
        String issued = Long.toString(now.toEpochMilli());
        return issued + "." + sign(issued);
    }

    /** Refuses a form whose token is missing, forged, too young or too old (400 naming "token"). */
    public void checkToken(String token, Instant now) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            throw Problems.badField("token", "the form is incomplete; reload the page");
        }
        String issued = token.substring(0, dot);
        if (!MessageDigest.isEqual(sign(issued).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw Problems.badField("token", "the form has expired; reload the page");
        }
        Instant served;
        try {
            served = Instant.ofEpochMilli(Long.parseLong(issued));
        } catch (NumberFormatException e) {
            throw Problems.badField("token", "the form has expired; reload the page");
        }
        Duration age = Duration.between(served, now);
        if (age.compareTo(config.publicMinFillTime()) < 0) {
            throw Problems.badField("token", "sent too quickly; check what you wrote and send again");
        }
        if (age.compareTo(TOKEN_LIFETIME) > 0) {
            throw Problems.badField("token", "the form has expired; reload the page");
        }
    }

    /** Refuses a form with the honeypot filled in. */
    public void checkHoneypot(String value) {
        if (value != null && !value.isEmpty()) {
            throw Problems.badField("website", "leave this field empty");
        }
    }

    /**
     * Counts one complaint from {@code client} in the current hour; 429 past the limit. When Redis does not answer
     * the complaint is let through (logged): losing a citizen's complaint is worse than a burst of spam, which the
     * honeypot and fill time still stop.
     */
    public void count(String client, Instant now) {
        String counter = prefix + client + ":" + now.getEpochSecond() / 3600;
        long n;
        try {
            n = redis.sync().incr(counter);
            if (n == 1) {
                redis.sync().expire(counter, 3700);
            }
        } catch (RuntimeException e) {
            LOG.warnf("public complaint form: rate limit not applied, Redis failed: %s", e.getMessage());
            return;
        }
        if (n > config.publicPerHour()) {
            throw new ProblemException(new Problem("urn:fleet:problem:rate-limited", "Too many complaints", 429,
                    "at most " + config.publicPerHour() + " complaints an hour are accepted from one address; "
                            + "please call 12345 or try again later", null));
        }
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
