package io.fleet.dispatch.registry;

import java.util.List;

import io.fleet.dispatch.common.Sequences;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RegistryRequestRepository implements PanacheRepository<RegistryRequest> {

    public long nextId() {
        return Sequences.next(getEntityManager(), "registry_request_id_seq");
    }

    /** Requests of the subtree, newest first, optionally of one state, kind or car. */
    public List<RegistryRequest> search(String orgPath, RequestState state, RequestKind kind, Long vehicleId, int limit) {
        StringBuilder q = new StringBuilder("orgPath like :path");
        Parameters p = Parameters.with("path", orgPath + "%");
        if (state != null) {
            q.append(" and state = :state");
            p.and("state", state);
        }
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (vehicleId != null) {
            q.append(" and (vehicleId = :vehicle or newVehicleId = :vehicle)");
            p.and("vehicle", vehicleId);
        }
        return find(q + " order by requestedAt desc, id desc", p).page(0, limit).list();
    }

    /** An undecided request about the car, or an approved renewal still waiting for its replacement. */
    public boolean openFor(long vehicleId) {
        return count("vehicleId = ?1 and (state = ?2 or (state = ?3 and kind = ?4))", vehicleId,
                RequestState.REQUESTED, RequestState.APPROVED, RequestKind.RENEWAL) > 0;
    }

    public void record(RegistryEvent event) {
        getEntityManager().persist(event);
    }

    public List<RegistryEvent> eventsOf(long requestId) {
        return getEntityManager().createQuery("from RegistryEvent where requestId = ?1 order by id", RegistryEvent.class)
                .setParameter(1, requestId).getResultList();
    }

    public List<RegistryEvent> quotaEventsOf(long orgId) {
        return getEntityManager().createQuery(
                "from RegistryEvent where orgId = ?1 and requestId is null order by id", RegistryEvent.class)
                .setParameter(1, orgId).getResultList();
    }
}
