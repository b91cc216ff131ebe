package io.fleet.dispatch.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import io.fleet.dispatch.config.FleetConfig;
import io.fleet.dispatch.driver.DriverService;
import io.fleet.dispatch.driver.DriverView;
import io.fleet.dispatch.driver.shift.DriverShiftRepository;
import io.fleet.dispatch.driver.shift.DutyDay;
import io.fleet.dispatch.driver.shift.NewShift;
import io.fleet.dispatch.driver.shift.ShiftKind;
import io.fleet.dispatch.driver.shift.ShiftService;
import io.fleet.dispatch.driver.shift.ShiftWeek;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * The demo drivers' shifts for the week of start-up: Monday to Friday 08:00-17:30, every fifth driver also on
 * Saturday morning duty, and 王师傅 on annual leave on Wednesday. Runs after DemoData (a later observer priority), and
 * only while no shift or leave exists at all, so a restart never piles rows on top of someone's planning.
 */
@ApplicationScoped
public class DemoShifts {

    private static final Logger LOG = Logger.getLogger(DemoShifts.class);
    static final String ACTOR = "演示数据";

    private final FleetConfig config;
    private final DriverService drivers;
    private final ShiftService shifts;
    private final DriverShiftRepository rows;

    DemoShifts(FleetConfig config, DriverService drivers, ShiftService shifts, DriverShiftRepository rows) {
        this.config = config;
        this.drivers = drivers;
        this.shifts = shifts;
        this.rows = rows;
    }

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent startup) {
        if (!config.enabled() || rows.count() > 0) {
            return;
        }
        List<DriverView> demoDrivers = drivers.list(null).stream().filter(d -> d.phone().startsWith("1390000")).toList();
        if (demoDrivers.isEmpty()) {
            return;
        }
        LocalDate monday = LocalDate.now(DutyDay.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int n = 0; n < demoDrivers.size(); n++) {
            long id = demoDrivers.get(n).id();
            shifts.addWeek(id, new ShiftWeek(monday, monday.plusDays(6), null, LocalTime.of(8, 0), LocalTime.of(17, 30),
                    null, ACTOR));
            if (n % 5 == 0) {
                shifts.addWeek(id, new ShiftWeek(monday, monday.plusDays(6), Set.of(DayOfWeek.SATURDAY),
                        LocalTime.of(9, 0), LocalTime.of(13, 0), "周六值班", ACTOR));
            }
        }
        DriverView onLeave = demoDrivers.stream().filter(d -> d.name().equals("王师傅")).findFirst().orElse(demoDrivers.get(0));
        LocalDate wednesday = monday.plusDays(2);
        shifts.add(onLeave.id(), new NewShift(ShiftKind.LEAVE, DutyDay.start(wednesday).atZone(DutyDay.ZONE).toOffsetDateTime(),
                DutyDay.end(wednesday).atZone(DutyDay.ZONE).toOffsetDateTime(), "年休假", ACTOR));
        LOG.infof("demo data: shifts of %d drivers for the week of %s, %s on leave on %s", demoDrivers.size(), monday,
                onLeave.name(), wednesday);
    }
}
