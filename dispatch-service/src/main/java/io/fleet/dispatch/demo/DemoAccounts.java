package io.fleet.dispatch.demo;

import io.fleet.dispatch.account.AccountRepository;
import io.fleet.dispatch.account.AccountRole;
import io.fleet.dispatch.account.AccountService;
import io.fleet.dispatch.account.NewAccount;
import io.fleet.dispatch.config.FleetConfig;
import io.fleet.dispatch.driver.DriverRepository;
import io.fleet.dispatch.organisation.OrganisationRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Demo sign-ins (`bin/fleet up` prints them): for the phone app five drivers, and a requester and an approver in two
 * units; for the console an administrator, a dispatcher, a supervisor and a complaint handler of the city bureau and a
 * dispatcher and a supervisor of the 上城区 bureau. Runs after DemoData (higher priority number) and makes the ones
 * that do not exist yet (a demo database from before the console accounts gets them on its next start).
 */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    /** The one password of every demo account; a demo is not a place for secrets. */
    public static final String PASSWORD = "fleet-demo-2026";

    /** username, display name, role, unit code. */
    private static final String[][] PEOPLE = {
            {"requester", "张科员", "REQUESTER", "3301-01"},
            {"approver", "李处长", "APPROVER", "3301-01"},
            {"requester2", "赵科员", "REQUESTER", "330102-02"},
            {"approver2", "钱主任", "APPROVER", "330102"},
            {"admin", "系统管理员", "ADMINISTRATOR", "3301"},
            {"dispatcher", "张调度", "DISPATCHER", "3301"},
            {"supervisor", "王监管", "SUPERVISOR", "3301"},
            {"handler", "陈投诉", "COMPLAINT_HANDLER", "3301"},
            {"dispatcher2", "刘调度", "DISPATCHER", "330102"},
            {"supervisor2", "孙监管", "SUPERVISOR", "330102"}};

    private final FleetConfig config;
    private final AccountService accounts;
    private final AccountRepository accountRows;
    private final DriverRepository drivers;
    private final OrganisationRepository organisations;

    DemoAccounts(FleetConfig config, AccountService accounts, AccountRepository accountRows, DriverRepository drivers,
            OrganisationRepository organisations) {
        this.config = config;
        this.accounts = accounts;
        this.accountRows = accountRows;
        this.drivers = drivers;
        this.organisations = organisations;
    }

    @Transactional
    void load(@Observes @Priority(5000) StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        int made = 0;
        for (int n = 1; n <= 5; n++) {
            var driver = drivers.find("phone", "1390000%04d".formatted(n)).firstResultOptional();
            if (driver.isPresent() && accountRows.byUsername("driver" + n).isEmpty()
                    && accountRows.count("driverId", driver.get().id) == 0) {
                accounts.create(new NewAccount("driver" + n, driver.get().name, AccountRole.DRIVER, null,
                        driver.get().id, PASSWORD));
                made++;
            }
        }
        for (String[] p : PEOPLE) {
            var org = organisations.findByCode(p[3]);
            if (org.isPresent() && accountRows.byUsername(p[0]).isEmpty()) {
                accounts.create(new NewAccount(p[0], p[1], AccountRole.valueOf(p[2]), org.get().id, null, PASSWORD));
                made++;
            }
        }
        if (made > 0) {
            LOG.infof("demo data: %d accounts made (phone: driver1..driver5, requester, approver, requester2, approver2;"
                    + " console: admin, dispatcher, supervisor, handler, dispatcher2, supervisor2)", made);
        }
    }
}
