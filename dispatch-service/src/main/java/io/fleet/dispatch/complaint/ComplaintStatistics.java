package io.fleet.dispatch.complaint;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Counts by unit and outcome, and the case list as CSV. The unit is the owner of the car a case found; cases with
 * no car (not concluded yet, or no official car was there) are counted under no unit.
 */
@ApplicationScoped
public class ComplaintStatistics {

    private final EntityManager entities;

    ComplaintStatistics(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * One row per unit and outcome. {@code outcome} is SUBSTANTIATED, UNSUBSTANTIATED or OPEN (not concluded yet);
     * overdue counts open cases past their deadline and cases replied after it.
     */
    public record Row(Long orgId, String orgName, String outcome, long complaints, long overdue, long satisfied,
                      long dissatisfied) {
    }

    @Transactional
    public List<Row> byUnitAndOutcome(String orgPath, OffsetDateTime from, OffsetDateTime to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                SELECT c.org_id, o.name, coalesce(c.outcome, 'OPEN') AS outcome, count(*),
                       count(*) FILTER (WHERE (c.state IN ('RECEIVED', 'ASSIGNED', 'INVESTIGATING', 'CONCLUDED')
                                               AND c.due_at < now())
                                           OR replied.at > c.due_at),
                       count(*) FILTER (WHERE c.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')),
                       count(*) FILTER (WHERE c.satisfaction = 'DISSATISFIED')
                FROM complaint c
                LEFT JOIN organisation o ON o.id = c.org_id
                LEFT JOIN LATERAL (SELECT min(e.at) AS at FROM complaint_event e
                                   WHERE e.complaint_id = c.id AND e.action = 'REPLY') replied ON true
                WHERE (?1 = '/' OR c.org_path LIKE ?1 || '%')
                  AND c.received_at >= ?2 AND c.received_at < ?3
                GROUP BY c.org_id, o.name, coalesce(c.outcome, 'OPEN')
                ORDER BY o.name NULLS LAST, c.org_id, 3""")
                .setParameter(1, orgPath).setParameter(2, Timestamp.from(from.toInstant()))
                .setParameter(3, Timestamp.from(to.toInstant())).getResultList();
        List<Row> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new Row(r[0] == null ? null : ((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue()));
        }
        return result;
    }

    public static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder("org_id,unit,outcome,complaints,overdue,satisfied,dissatisfied\n");
        for (Row r : rows) {
            Csv.line(out, r.orgId(), r.orgName(), r.outcome(), r.complaints(), r.overdue(), r.satisfied(),
                    r.dissatisfied());
        }
        return out.toString();
    }

    /** Every case received in [from, to) of the subtree, one line each, oldest first. */
    @Transactional
    public String casesCsv(String orgPath, OffsetDateTime from, OffsetDateTime to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                SELECT c.id, c.received_at, c.channel, c.plate_text, c.seen_from, c.seen_to, ST_X(c.place), ST_Y(c.place),
                       c.place_text, c.state, c.assignee, c.due_at, v.plate, o.name, c.trip_request_id, c.outcome,
                       c.findings, c.satisfaction, c.alarm_id, c.closed_at, c.description
                FROM complaint c LEFT JOIN vehicle v ON v.id = c.vehicle_id LEFT JOIN organisation o ON o.id = c.org_id
                WHERE (?1 = '/' OR c.org_path LIKE ?1 || '%') AND c.received_at >= ?2 AND c.received_at < ?3
                ORDER BY c.received_at, c.id""")
                .setParameter(1, orgPath).setParameter(2, Timestamp.from(from.toInstant()))
                .setParameter(3, Timestamp.from(to.toInstant())).getResultList();
        StringBuilder out = new StringBuilder("id,received_at,channel,plate_given,seen_from,seen_to,lon,lat,place,state,"
                + "assignee,due_at,vehicle,unit,trip_request_id,outcome,findings,satisfaction,alarm_id,closed_at,description\n");
        for (Object[] r : rows) {
            Csv.line(out, r);
        }
        return out.toString();
    }
}
