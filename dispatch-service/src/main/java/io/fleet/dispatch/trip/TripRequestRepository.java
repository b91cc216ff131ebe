package io.fleet.dispatch.trip;

import java.time.OffsetDateTime;
import java.util.List;

import io.fleet.dispatch.common.Sequences;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TripRequestRepository implements PanacheRepository<TripRequest> {

    public long nextId() {
        return Sequences.next(getEntityManager(), "trip_request_id_seq");
    }

    /** Requests of an organisation's subtree, optionally in one state, by pickup time. */
    public List<TripRequest> inSubtree(String orgPath, TripState state) {
        return state == null
                ? list("orgPath like ?1 order by windowStart, id", orgPath + "%")
                : list("orgPath like ?1 and state = ?2 order by windowStart, id", orgPath + "%", state);
    }

    /** Requests filtered by any of: subtree, state, driver, requester, pickup window ending at or after {@code from}. */
    public List<TripRequest> search(String orgPath, TripState state, Long driverId, String requester, OffsetDateTime from) {
        StringBuilder q = new StringBuilder("orgPath like :path");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("path", orgPath + "%");
        if (state != null) {
            q.append(" and state = :state");
            params = params.and("state", state);
        }
        if (driverId != null) {
            q.append(" and driverId = :driver");
            params = params.and("driver", driverId);
        }
        if (requester != null) {
            q.append(" and requester = :requester");
            params = params.and("requester", requester);
        }
        if (from != null) {
            q.append(" and windowEnd >= :from");
            params = params.and("from", from);
        }
        return list(q + " order by windowStart, id", params);
    }

    /** Other requests that hold the vehicle in a window overlapping [start, end). */
    public List<Long> clashesOfVehicle(long vehicleId, long exceptRequest, OffsetDateTime start, OffsetDateTime end) {
        return clashes("vehicleId", vehicleId, exceptRequest, start, end);
    }

    public List<Long> clashesOfDriver(long driverId, long exceptRequest, OffsetDateTime start, OffsetDateTime end) {
        return clashes("driverId", driverId, exceptRequest, start, end);
    }

    private List<Long> clashes(String field, long id, long exceptRequest, OffsetDateTime start, OffsetDateTime end) {
        return getEntityManager().createQuery("select r.id from TripRequest r where r." + field + " = :id"
                        + " and r.id <> :except and r.state in :holding and r.windowStart < :end and r.windowEnd > :start"
                        + " order by r.id", Long.class)
                .setParameter("id", id).setParameter("except", exceptRequest)
                .setParameter("holding", TripState.HOLDING_RESOURCES)
                .setParameter("start", start).setParameter("end", end)
                .getResultList();
    }

    public List<TripRequestEvent> events(long requestId) {
        return getEntityManager().createQuery("from TripRequestEvent e where e.requestId = :id order by e.id",
                TripRequestEvent.class).setParameter("id", requestId).getResultList();
    }

    public void record(TripRequestEvent event) {
        getEntityManager().persist(event);
    }
}
