package io.fleet.dispatch.complaint;

import java.util.List;

import io.fleet.dispatch.common.Sequences;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepository<Complaint> {

    public long nextId() {
        return Sequences.next(getEntityManager(), "complaint_id_seq");
    }

    /**
     * Cases of a unit's subtree (by the owner of the car found), or every case, with or without a unit, when orgPath
     * is "/"; a path of one organisation (the city bureau) also has the cases not yet traced to a unit. Newest first.
     */
    public List<Complaint> inSubtree(String orgPath, ComplaintState state) {
        if (orgPath.matches("/[0-9]+/")) {
            return state == null
                    ? list("(orgPath like ?1 or orgPath is null) order by receivedAt desc, id desc", orgPath + "%")
                    : list("(orgPath like ?1 or orgPath is null) and state = ?2 order by receivedAt desc, id desc",
                            orgPath + "%", state);
        }
        if ("/".equals(orgPath)) {
            return state == null ? list("order by receivedAt desc, id desc")
                    : list("state = ?1 order by receivedAt desc, id desc", state);
        }
        return state == null ? list("orgPath like ?1 order by receivedAt desc, id desc", orgPath + "%")
                : list("orgPath like ?1 and state = ?2 order by receivedAt desc, id desc", orgPath + "%", state);
    }

    public List<ComplaintEvent> events(long complaintId) {
        return getEntityManager().createQuery("from ComplaintEvent e where e.complaintId = :id order by e.id",
                ComplaintEvent.class).setParameter("id", complaintId).getResultList();
    }

    public void record(ComplaintEvent event) {
        getEntityManager().persist(event);
    }
}
