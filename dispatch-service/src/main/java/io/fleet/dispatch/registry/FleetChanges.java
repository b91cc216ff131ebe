package io.fleet.dispatch.registry;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.terminal.Terminal;
import io.fleet.dispatch.terminal.TerminalChanged;
import io.fleet.dispatch.terminal.TerminalRepository;
import io.fleet.dispatch.vehicle.Plate;
import io.fleet.dispatch.vehicle.Vehicle;
import io.fleet.dispatch.vehicle.VehicleRepository;
import io.fleet.dispatch.vehicle.VehicleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * What an approved request does to a car, inside the deciding transaction. The gateway's registry mirror learns of
 * it after commit (TerminalChanged), so a disposed car's terminal is refused at once.
 */
@ApplicationScoped
class FleetChanges {

    private final VehicleRepository vehicles;
    private final TerminalRepository terminals;
    private final Event<TerminalChanged> terminalChanged;

    FleetChanges(VehicleRepository vehicles, TerminalRepository terminals, Event<TerminalChanged> terminalChanged) {
        this.vehicles = vehicles;
        this.terminals = terminals;
        this.terminalChanged = terminalChanged;
    }

    /** Trips that hold the car now or later: it cannot leave while a trip counts on it. */
    long tripsHolding(long vehicleId) {
        return ((Number) vehicles.getEntityManager().createNativeQuery("""
                SELECT count(*) FROM trip_request WHERE vehicle_id = ?1 AND state IN ('SCHEDULED', 'ACCEPTED', 'UNDER_WAY')""")
                .setParameter(1, vehicleId).getSingleResult()).longValue();
    }

    /**
     * The car leaves service: DISPOSED (which frees its place in the quota, counted from the vehicles), and its
     * terminal is unbound and disabled so nothing reports as this car again. Returns the terminal's phone, if any.
     */
    String retire(Vehicle v) {
        long holding = tripsHolding(v.id);
        if (holding > 0) {
            throw Problems.conflict("vehicleId", v.plate + " is assigned to " + holding
                    + " trip(s) not finished yet; reassign or cancel them first");
        }
        v.status = VehicleStatus.DISPOSED;
        vehicles.flush();
        Terminal t = terminals.findByVehicle(v.id).orElse(null);
        if (t == null) {
            return null;
        }
        t.vehicleId = null;
        t.enabled = false;
        terminals.flush();
        terminalChanged.fire(new TerminalChanged(t.phone));
        return t.phone;
    }

    /** The car takes {@code plate}; its old plate goes to the plate history (trigger on vehicle, V36). */
    void replate(Vehicle v, Plate plate) {
        requirePlateFree(plate, v.id);
        v.plate = plate.written();
        v.plateKey = plate.key();
        vehicles.flush();
        terminals.phoneOf(v.id).ifPresent(phone -> terminalChanged.fire(new TerminalChanged(phone)));
    }

    void requirePlateFree(Plate plate, Long exceptVehicle) {
        vehicles.findByPlateKey(plate.key()).filter(other -> !other.id.equals(exceptVehicle)).ifPresent(other -> {
            throw Problems.conflict("newPlate", "plate " + plate.written() + " is on vehicle " + other.id + " now");
        });
    }
}
