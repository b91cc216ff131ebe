package io.fleet.dispatch.complaint;

import java.util.function.Predicate;
import java.time.LocalDate;
import java.time.Duration;
import java.time.Instant;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.redis.RedisConfig;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Reminds handlers of deadlines: DUE_SOON when fleet.complaints.remind-working-days-before working days or fewer are
 * left, OVERDUE once the deadline has passed without a reply. Each reminder is recorded once (complaint_reminder's
 * unique key makes a rerun or a second instance harmless), written to the case's audit trail and published on the
 * Redis channel {@code <prefix>complaints:reminders} for the console and notifications (#10) to show.
 */
@ApplicationScoped
public class DeadlineReminders {

    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class);

    private final EntityManager entities;
    private final ComplaintRepository complaints;
    private final ComplaintService service;
    private final ComplaintConfig config;
    private final StatefulRedisConnection<String, String> redis;
    private final String channel;
    private final ObjectMapper json;
    private final HolidayCalendar calendar;

    DeadlineReminders(EntityManager entities, ComplaintRepository complaints, ComplaintService service,
            ComplaintConfig config, StatefulRedisConnection<String, String> redis, RedisConfig redisConfig,
            ObjectMapper json, HolidayCalendar calendar) {
        this.entities = entities;
        this.complaints = complaints;
        this.service = service;
        this.config = config;
        this.redis = redis;
        this.channel = redisConfig.prefix() + "complaints:reminders";
        this.json = json;
        this.calendar = calendar;
    }

    public String channel() {
        return channel;
    }

    @Scheduled(every = "${fleet.complaints.reminder-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        List<Map<String, Object>> sent = remind(Instant.now());
        if (!sent.isEmpty()) {
            LOG.infof("complaint deadline reminders: %d", sent.size());
        }
    }

    /** Sends the reminders due at {@code now}; returns what it sent. */
    public List<Map<String, Object>> remind(Instant now) {
        List<Map<String, Object>> sent = record(now);
        for (Map<String, Object> reminder : sent) {
            try {
                redis.sync().publish(channel, json.writeValueAsString(reminder));
            } catch (JsonProcessingException | RuntimeException e) {
                LOG.warnf("complaint reminder %s recorded but not published: %s", reminder, e.getMessage());
            }
        }
        return sent;
    }

    @Transactional
    List<Map<String, Object>> record(Instant now) {
        // remind-before working days ahead is at most that many calendar days plus weekends and a week-long holiday
        Instant horizon = now.plus(Duration.ofDays(config.remindWorkingDaysBefore() * 2L + 10));
        var working = calendar.ahead(LocalDate.ofInstant(now, WorkingDays.CST));
        List<Complaint> open = complaints.list("state in ?1 and dueAt < ?2 order by dueAt",
                List.of(ComplaintState.RECEIVED, ComplaintState.ASSIGNED, ComplaintState.INVESTIGATING,
                        ComplaintState.CONCLUDED), horizon.atOffset(ZoneOffset.UTC));
        List<Map<String, Object>> sent = new ArrayList<>();
        for (Complaint c : open) {
            int left = WorkingDays.left(now, c.dueAt.toInstant(), working);
            String kind = left < 0 ? "OVERDUE" : left <= config.remindWorkingDaysBefore() ? "DUE_SOON" : null;
            if (kind == null) {
                continue;
            }
            int inserted = entities.createNativeQuery("""
                    INSERT INTO complaint_reminder (complaint_id, kind, due_at, assignee, at) VALUES (?1, ?2, ?3, ?4, ?5)
                    ON CONFLICT (complaint_id, kind, due_at) DO NOTHING""")
                    .setParameter(1, c.id).setParameter(2, kind).setParameter(3, c.dueAt)
                    .setParameter(4, c.assignee).setParameter(5, now.atOffset(ZoneOffset.UTC)).executeUpdate();
            if (inserted == 0) {
                continue;
            }
            Map<String, Object> reminder = new LinkedHashMap<>();
            reminder.put("complaintId", c.id);
            reminder.put("kind", kind);
            reminder.put("state", c.state.name());
            reminder.put("assignee", c.assignee);
            reminder.put("dueAt", c.dueAt.toString());
            reminder.put("workingDaysLeft", Math.max(left, 0));
            service.record(c, "REMIND", c.state, new LinkedHashMap<>(reminder));
            reminder.put("orgPath", c.orgPath); // so the console's push shows it to handlers of that subtree only
            sent.add(reminder);
        }
        entities.flush();
        return sent;
    }

}
