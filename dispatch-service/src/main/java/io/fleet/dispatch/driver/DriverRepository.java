package io.fleet.dispatch.driver;

import java.util.List;
import java.util.Optional;

import io.fleet.dispatch.common.Sequences;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DriverRepository implements PanacheRepository<Driver> {

    public long nextId() {
        return Sequences.next(getEntityManager(), "driver_id_seq");
    }

    public List<Driver> inSubtree(String orgPath) {
        return list("orgPath like ?1 order by name", orgPath + "%");
    }

    public Optional<Driver> findByPhone(String phone) {
        return find("phone", phone).firstResultOptional();
    }
}
