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

    /** Cases of a unit's subtree (by the car's owner), or every case when orgPath is "/", newest first. */
    public List<Complaint> inSubtree(String orgPath, ComplaintState state) {
        String where = "/".equals(orgPath) ? "1 = 1" : "orgPath like ?1";
        Object first = "/".equals(orgPath) ? null : orgPath + "%";
        if ("/".equals(orgPath)) {
            return state == null ? list("order by receivedAt desc, id desc")
                    : list("state = ?1 order by receivedAt desc, id desc", state);
        }
        return state == null ? list(where + " order by receivedAt desc, id desc", first)
                : list(where + " and state = ?2 order by receivedAt desc, id desc", first, state);
    }

    public List<ComplaintEvent> events(long complaintId) {
        return getEntityManager().createQuery("from ComplaintEvent e where e.complaintId = :id order by e.id",
                ComplaintEvent.class).setParameter("id", complaintId).getResultList();
    }

    public void record(ComplaintEvent event) {
        getEntityManager().persist(event);
    }
}
