package io.fleet.dispatch.terminal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fleet.dispatch.common.Sequences;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TerminalRepository implements PanacheRepository<Terminal> {

    public long nextId() {
        return Sequences.next(getEntityManager(), "terminal_id_seq");
    }

    public Optional<Terminal> findByPhone(String phone) {
        return find("phone", phone).firstResultOptional();
    }

    public Optional<Terminal> findByVehicle(long vehicleId) {
        return find("vehicleId", vehicleId).firstResultOptional();
    }

    public Optional<String> phoneOf(long vehicleId) {
        return findByVehicle(vehicleId).map(t -> t.phone);
    }

    public Map<Long, String> phonesByVehicle() {
        Map<Long, String> phones = new HashMap<>();
        for (Terminal t : list("vehicleId is not null")) {
            phones.put(t.vehicleId, t.phone);
        }
        return phones;
    }

    /** What the gateway must know of every terminal: one row each, with its vehicle's plate and owner. */
    @SuppressWarnings("unchecked")
    public List<Object[]> registryRows(String phoneOrNull) {
        return getEntityManager().createNativeQuery("""
                SELECT t.phone, t.vehicle_id, v.plate, v.org_id,
                       (t.enabled AND v.id IS NOT NULL AND v.status <> 'DISPOSED') AS may_report
                FROM terminal t LEFT JOIN vehicle v ON v.id = t.vehicle_id
                WHERE CAST(:phone AS text) IS NULL OR t.phone = CAST(:phone AS text)""")
                .setParameter("phone", phoneOrNull)
                .getResultList();
    }
}
