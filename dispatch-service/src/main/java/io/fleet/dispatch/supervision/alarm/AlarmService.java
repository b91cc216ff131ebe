package io.fleet.dispatch.supervision.alarm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Versions;
import io.fleet.dispatch.security.Scope;
import io.fleet.dispatch.supervision.Tx;
import io.fleet.dispatch.supervision.audit.SupervisionAudit;
import jakarta.enterprise.context.ApplicationScoped;

/** The alarm queue and the review of an alarm, every step audited and version-checked. */
@ApplicationScoped
public class AlarmService {

    /**
     * The rule name of alarms raised from a substantiated complaint. No detector rule has this name, so re-evaluation
     * of the car never withdraws them; they are reviewed like any other alarm.
     */
    public static final String COMPLAINT = "COMPLAINT";

    private static final String COLUMNS = """
            SELECT a.id, a.vehicle_id, v.plate, a.org_id, a.rule, a.state, a.detected, a.started_at, a.ended_at,
                   a.summary, a.trip_request_id, a.explanation, a.resolution, a.created_at, a.updated_at, a.version,
                   a.evidence::text
            FROM alarm a JOIN vehicle v ON v.id = a.vehicle_id
            """;

    private final DataSource dataSource;
    private final SupervisionAudit audit;
    private final Notifier notifier;
    private final Scope scope;

    AlarmService(DataSource dataSource, SupervisionAudit audit, Notifier notifier, Scope scope) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.notifier = notifier;
        this.scope = scope;
    }

    public record Filter(String orgPath, AlarmState state, String rule, Long vehicleId, Instant from, Instant to,
                         int limit) {
    }

    /**
     * What a complaint handler found: the car, the period it concerns, a summary, the trip order if any, and the
     * evidence (the traced track and movement), shown with the alarm as the detector's evidence is.
     */
    public record ComplaintAlarm(long complaintId, long vehicleId, Instant start, Instant end, String summary,
                                 Long tripRequestId, Map<String, Object> evidence, String actor) {
    }

    /**
     * Opens an alarm about a substantiated complaint in the caller's transaction, audited as raised from that
     * complaint, with a notification to the unit's supervisor recorded; call {@code notifier.publishPending()} after
     * the commit. Returns the new alarm's id.
     */
    public long raiseFromComplaint(Connection c, ComplaintAlarm a) throws SQLException {
        long id;
        long orgId;
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO alarm (vehicle_id, org_id, org_path, rule, state, started_at, ended_at, summary, evidence,
                                   trip_request_id)
                SELECT v.id, v.org_id, v.org_path, ?, 'OPEN', ?, ?, ?, ?::jsonb, ? FROM vehicle v WHERE v.id = ?
                RETURNING id, org_id""")) {
            s.setString(1, COMPLAINT);
            s.setTimestamp(2, Timestamp.from(a.start()));
            s.setTimestamp(3, Timestamp.from(a.end().isBefore(a.start()) ? a.start() : a.end()));
            s.setString(4, a.summary().length() > 300 ? a.summary().substring(0, 299) + "…" : a.summary());
            s.setString(5, audit.write(a.evidence()));
            s.setObject(6, a.tripRequestId());
            s.setLong(7, a.vehicleId());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw Problems.badField("vehicleId", "no vehicle " + a.vehicleId());
                }
                id = rs.getLong(1);
                orgId = rs.getLong(2);
            }
        }
        audit.record(c, "alarm", id, a.actor(), "RAISED_FROM_COMPLAINT", SupervisionAudit.details(
                "complaint", a.complaintId(), "vehicle", a.vehicleId(), "tripRequest", a.tripRequestId()));
        notifier.record(c, id, orgId, "COMPLAINT_SUBSTANTIATED", SupervisionAudit.details("alarm", id,
                "vehicle", a.vehicleId(), "complaint", a.complaintId(), "summary", a.summary(), "by", a.actor()));
        return id;
    }

    public List<AlarmView> queue(Filter f) {
        return Tx.run(dataSource, c -> {
            List<AlarmView> result = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(COLUMNS + """
                    WHERE a.org_path LIKE ? || '%' AND (?::text IS NULL OR a.state = ?) AND (?::text IS NULL OR a.rule = ?)
                      AND (?::bigint IS NULL OR a.vehicle_id = ?)
                      AND (?::timestamptz IS NULL OR a.ended_at >= ?) AND (?::timestamptz IS NULL OR a.started_at < ?)
                    ORDER BY a.started_at DESC, a.id DESC LIMIT ?""")) {
                String state = f.state() == null ? null : f.state().name();
                Timestamp from = f.from() == null ? null : Timestamp.from(f.from());
                Timestamp to = f.to() == null ? null : Timestamp.from(f.to());
                s.setString(1, f.orgPath());
                s.setString(2, state);
                s.setString(3, state);
                s.setString(4, f.rule());
                s.setString(5, f.rule());
                s.setObject(6, f.vehicleId());
                s.setObject(7, f.vehicleId());
                s.setTimestamp(8, from);
                s.setTimestamp(9, from);
                s.setTimestamp(10, to);
                s.setTimestamp(11, to);
                s.setInt(12, f.limit());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        result.add(view(rs, false, null));
                    }
                }
            }
            return result;
        });
    }

    public AlarmView get(long id) {
        return Tx.run(dataSource, c -> load(c, id, false));
    }

    public AlarmView act(long id, ReviewAction action, ReviewStep step) {
        AlarmView done = Tx.run(dataSource, c -> {
            AlarmView alarm = load(c, id, true);
            Versions.require(step.version(), alarm.version(), "alarm " + id);
            AlarmState state = AlarmState.valueOf(alarm.state());
            AlarmState next = action.next(state);
            if (next == null) {
                throw Problems.conflict("state", action.path() + " is not possible on an alarm that is " + state);
            }
            String text = step.text() == null ? null : step.text().strip();
            if (action.needsText() && (text == null || text.isEmpty())) {
                throw Problems.badField("text", switch (action) {
                    case REQUEST_EXPLANATION -> "the question to the unit is required";
                    case EXPLAIN -> "the explanation is required";
                    default -> "the reason is required";
                });
            }
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE alarm SET state = ?, explanation = CASE WHEN ? THEN ? ELSE explanation END,
                           resolution = CASE WHEN ? THEN ? ELSE resolution END, updated_at = now(), version = version + 1
                    WHERE id = ?""")) {
                boolean explains = action == ReviewAction.EXPLAIN;
                boolean decides = action == ReviewAction.CONFIRM || action == ReviewAction.DISMISS;
                s.setString(1, next.name());
                s.setBoolean(2, explains);
                s.setString(3, text);
                s.setBoolean(4, decides);
                s.setString(5, text == null ? null : text.length() > 500 ? text.substring(0, 500) : text);
                s.setLong(6, id);
                s.executeUpdate();
            }
            audit.record(c, "alarm", id, step.actor(), action.name(), SupervisionAudit.details(
                    "fromState", state.name(), "toState", next.name(), "text", text));
            if (action == ReviewAction.REQUEST_EXPLANATION) {
                notifier.record(c, id, alarm.orgId(), "EXPLANATION_REQUESTED", SupervisionAudit.details("alarm", id,
                        "vehicle", alarm.vehicleId(), "rule", alarm.rule(), "question", text, "by", step.actor()));
            }
            return load(c, id, false);
        });
        notifier.publishPending();
        return done;
    }

    /** One alarm; 404 when it does not exist or lies outside the caller's subtree (Scope). */
    private AlarmView load(Connection c, long id, boolean lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COLUMNS + "WHERE a.id = ? AND a.org_path LIKE ? || '%'"
                + (lock ? " FOR UPDATE OF a" : ""))) {
            s.setLong(1, id);
            s.setString(2, scope.path());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw Problems.notFound("alarm", id);
                }
                return view(rs, true, audit.of(c, "alarm", id));
            }
        }
    }

    private AlarmView view(ResultSet rs, boolean full, List<SupervisionAudit.Entry> events) throws SQLException {
        long trip = rs.getLong(11);
        Long tripId = rs.wasNull() ? null : trip;
        return new AlarmView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), rs.getTimestamp(8).toInstant().toString(),
                rs.getTimestamp(9).toInstant().toString(), rs.getString(10), tripId, rs.getString(12),
                rs.getString(13), rs.getTimestamp(14).toInstant().toString(),
                rs.getTimestamp(15).toInstant().toString(), rs.getInt(16), full ? audit.read(rs.getString(17)) : null,
                events);
    }
}
