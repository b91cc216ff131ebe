package io.fleet.dispatch.vehicle;

import java.util.List;
import java.util.Optional;

import io.fleet.dispatch.common.Sequences;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class VehicleRepository implements PanacheRepository<Vehicle> {

    public long nextId() {
        return Sequences.next(getEntityManager(), "vehicle_id_seq");
    }

    /** Vehicles owned anywhere in the subtree whose path is given, ordered by plate. */
    public List<Vehicle> inSubtree(String orgPath) {
        return list("orgPath like ?1 order by plateKey", orgPath + "%");
    }

    public Optional<Vehicle> findByPlateKey(String plateKey) {
        return find("plateKey", plateKey).firstResultOptional();
    }
}
