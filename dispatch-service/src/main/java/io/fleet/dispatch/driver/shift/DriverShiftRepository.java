package io.fleet.dispatch.driver.shift;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DriverShiftRepository implements PanacheRepository<DriverShift> {

    /** A driver's rows that overlap [from, to), by start. */
    public List<DriverShift> overlapping(long driverId, Instant from, Instant to) {
        return list("driverId = ?1 and startsAt < ?3 and endsAt > ?2 order by startsAt, id", driverId, from, to);
    }

    /** The first row of this kind that overlaps [from, to), if any. */
    public Optional<DriverShift> clash(long driverId, ShiftKind kind, Instant from, Instant to) {
        return find("driverId = ?1 and kind = ?2 and startsAt < ?4 and endsAt > ?3 order by startsAt", driverId, kind,
                from, to).firstResultOptional();
    }

    /** Rows overlapping [from, to) of every driver in an organisation's subtree. */
    public List<DriverShift> overlappingInSubtree(String orgPath, Instant from, Instant to) {
        return getEntityManager().createQuery("""
                select s from DriverShift s, io.fleet.dispatch.driver.Driver d
                where d.id = s.driverId and d.orgPath like :path and s.startsAt < :to and s.endsAt > :from
                order by s.startsAt, s.id""", DriverShift.class)
                .setParameter("path", orgPath + "%").setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public void record(DriverShiftEvent event) {
        getEntityManager().persist(event);
    }
}
