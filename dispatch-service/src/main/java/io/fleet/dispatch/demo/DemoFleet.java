package io.fleet.dispatch.demo;

import java.util.List;
import java.util.Map;

import io.fleet.dispatch.driver.DriverRequest;
import io.fleet.dispatch.driver.DriverService;
import io.fleet.dispatch.driver.LicenceClass;
import io.fleet.dispatch.terminal.TerminalRequest;
import io.fleet.dispatch.terminal.TerminalService;
import io.fleet.dispatch.vehicle.Energy;
import io.fleet.dispatch.vehicle.Pool;
import io.fleet.dispatch.vehicle.VehicleKind;
import io.fleet.dispatch.vehicle.VehicleRequest;
import io.fleet.dispatch.vehicle.VehicleService;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The demo fleet: 30 marked cars spread over the demo units, each with a terminal whose phone is 138000000NN — the
 * numbers the terminal simulator uses. Home lots are in Andorra, the region of the bundled map.
 */
@ApplicationScoped
public class DemoFleet {

    private static final Logger LOG = Logger.getLogger(DemoFleet.class);

    public static final int SIZE = 30;
    public static final String PHONE_PREFIX = "138000000";

    /** Home parking lots: Andorra la Vella, Escaldes-Engordany, Sant Julià de Lòria (lon, lat of a corner). */
    private static final double[][] LOTS = {{1.5205, 42.5060}, {1.5335, 42.5090}, {1.4905, 42.4635}};

    /** Unit code, pool, kind: who owns which part of the fleet. */
    private static final List<Object[]> OWNERS = List.of(
            new Object[] {"3301-01", Pool.EMERGENCY, VehicleKind.SUV},
            new Object[] {"3301-02", Pool.COURIER, VehicleKind.SEDAN},
            new Object[] {"3301-03", Pool.RETIREE, VehicleKind.MPV},
            new Object[] {"330102-01", Pool.ENFORCEMENT, VehicleKind.ENFORCEMENT},
            new Object[] {"330102-02", Pool.GENERAL, VehicleKind.SEDAN},
            new Object[] {"330106-01", Pool.ENFORCEMENT, VehicleKind.ENFORCEMENT},
            new Object[] {"330106-02", Pool.EMERGENCY, VehicleKind.MINIBUS});

    /** Demo drivers: one family name each, with "师傅" as people address drivers. */
    private static final String FAMILY_NAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";

    private final VehicleService vehicles;
    private final TerminalService terminals;
    private final DriverService drivers;

    DemoFleet(VehicleService vehicles, TerminalService terminals, DriverService drivers) {
        this.vehicles = vehicles;
        this.terminals = terminals;
        this.drivers = drivers;
    }

    void load(Map<String, Long> orgIdByCode) {
        for (int n = 1; n <= SIZE; n++) {
            Object[] owner = OWNERS.get(n % OWNERS.size());
            VehicleKind kind = (VehicleKind) owner[2];
            boolean electric = n % 5 != 0 && kind != VehicleKind.MINIBUS; // 80 % new-energy, the city's target
            double[] lot = LOTS[n % LOTS.length];
            String plate = electric ? "浙A·D%05d".formatted(n) : "浙A·G%04d".formatted(n);
            var vehicle = vehicles.register(new VehicleRequest(orgIdByCode.get((String) owner[0]), plate, null, true,
                    kind, kind == VehicleKind.MINIBUS ? 14 : kind == VehicleKind.MPV ? 7 : 5,
                    electric ? Energy.NEW_ENERGY : Energy.FUEL, electric ? 400 + 10 * n : null, (Pool) owner[1],
                    square(lot[0], lot[1]), null, null, null));
            terminals.register(new TerminalRequest(PHONE_PREFIX + "%02d".formatted(n), "SIM%05d".formatted(n),
                    "70111", "FLEET-SIM", vehicle.id(), true, null));
        }
        for (int n = 0; n < FAMILY_NAMES.length(); n++) {
            Object[] employer = OWNERS.get(n % OWNERS.size());
            // Every fourth driver holds a B1 licence, so the minibuses have drivers.
            drivers.register(new DriverRequest(orgIdByCode.get((String) employer[0]), FAMILY_NAMES.charAt(n) + "师傅",
                    "1390000%04d".formatted(n + 1), n % 4 == 0 ? LicenceClass.B1 : LicenceClass.C1, 480, null, null));
        }
        LOG.infof("demo data: %d vehicles with terminals %s01..%s%02d and %d drivers loaded", SIZE, PHONE_PREFIX,
                PHONE_PREFIX, SIZE, FAMILY_NAMES.length());
    }

    private static Map<String, Object> square(double lon, double lat) {
        double size = 0.0015;
        return Map.of("type", "Polygon", "coordinates", List.of(List.of(
                List.of(lon, lat), List.of(lon + size, lat), List.of(lon + size, lat + size),
                List.of(lon, lat + size), List.of(lon, lat))));
    }
}
