package io.fleet.dispatch.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.driver.Driver;
import io.fleet.dispatch.organisation.Organisation;
import io.fleet.dispatch.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Accounts and password sign-in. Five wrong passwords in a row lock an account for fifteen minutes; a phone that
 * signs in first binds the account to itself, and another phone is refused until an administrator releases it.
 * Tokens are not made here: mobile-api issues them after a successful sign-in (docs/mobile.md).
 */
@ApplicationScoped
public class AccountService {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    public static final String UNAUTHORIZED = "urn:fleet:problem:unauthorized";
    public static final String LOCKED = "urn:fleet:problem:locked";
    public static final String OTHER_DEVICE = "urn:fleet:problem:other-device";

    /** Checked against when the username is unknown, so a wrong name takes as long as a wrong password. */
    private static final String DUMMY = PasswordHasher.hash("not a password of anyone");

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final EntityManager entities;

    AccountService(AccountRepository accounts, OrganisationRepository organisations, EntityManager entities) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.entities = entities;
    }

    @Transactional
    public AccountView create(NewAccount n) {
        if (accounts.byUsername(n.username()).isPresent()) {
            throw Problems.conflict("username", "the username " + n.username() + " is taken");
        }
        Account a = new Account();
        a.id = accounts.nextId();
        a.username = n.username();
        a.displayName = n.displayName().strip();
        a.role = n.role();
        if (n.role() == AccountRole.DRIVER) {
            if (n.driverId() == null) {
                throw Problems.badField("driverId", "a driver account names its driver");
            }
            Driver d = entities.find(Driver.class, n.driverId());
            if (d == null) {
                throw Problems.badField("driverId", "no driver " + n.driverId());
            }
            if (accounts.count("driverId", d.id) > 0) {
                throw Problems.conflict("driverId", "driver " + d.id + " has an account already");
            }
            a.driverId = d.id;
            a.orgId = d.orgId;
            a.orgPath = d.orgPath;
        } else {
            if (n.driverId() != null) {
                throw Problems.badField("driverId", "only driver accounts name a driver");
            }
            if (n.orgId() == null) {
                throw Problems.badField("orgId", "requesters and approvers belong to an organisation");
            }
            Organisation org = organisations.findByIdOptional(n.orgId())
                    .orElseThrow(() -> Problems.badField("orgId", "no organisation " + n.orgId()));
            a.ownedBy(org);
        }
        a.passwordHash = PasswordHasher.hash(n.password());
        a.enabled = true;
        accounts.persist(a);
        accounts.flush();
        return AccountView.of(a, false);
    }

    @Transactional
    public AccountView get(long id) {
        Account a = require(id);
        return AccountView.of(a, isLocked(a, OffsetDateTime.now()));
    }

    @Transactional
    public List<AccountView> list(Long orgId) {
        OffsetDateTime now = OffsetDateTime.now();
        return accounts.list("orgPath like ?1 order by id", organisations.subtreePath(orgId) + "%").stream()
                .map(a -> AccountView.of(a, isLocked(a, now))).toList();
    }

    /** Checks a password; failures are counted even though the answer is an error, hence no rollback on refusal. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public AccountView signIn(SignIn s) {
        Account a = accounts.byUsername(s.username()).orElse(null);
        if (a == null || !a.enabled) {
            PasswordHasher.matches(s.password(), DUMMY);
            throw refused(UNAUTHORIZED, "Sign-in failed", 401, "wrong username or password");
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (isLocked(a, now)) {
            throw refused(LOCKED, "Account locked", 423, "too many wrong passwords; try again after "
                    + a.lockedUntil.withNano(0));
        }
        if (!PasswordHasher.matches(s.password(), a.passwordHash)) {
            a.failedSignIns++;
            if (a.failedSignIns >= MAX_FAILURES) {
                a.lockedUntil = now.plus(LOCK);
                a.failedSignIns = 0;
            }
            throw refused(UNAUTHORIZED, "Sign-in failed", 401, "wrong username or password");
        }
        if (a.deviceId != null && !a.deviceId.equals(s.deviceId())) {
            throw refused(OTHER_DEVICE, "Bound to another phone", 403,
                    "this account is bound to another phone; ask the fleet office to release it");
        }
        a.failedSignIns = 0;
        a.lockedUntil = null;
        a.deviceId = s.deviceId();
        accounts.flush();
        return AccountView.of(a, false);
    }

    /** Unbinds the account from its phone (lost or replaced phone) and lifts a lock. */
    @Transactional
    public AccountView releaseDevice(long id) {
        Account a = require(id);
        a.deviceId = null;
        a.lockedUntil = null;
        a.failedSignIns = 0;
        accounts.flush();
        return AccountView.of(a, false);
    }

    private static boolean isLocked(Account a, OffsetDateTime now) {
        return a.lockedUntil != null && a.lockedUntil.isAfter(now);
    }

    private static ProblemException refused(String type, String title, int status, String detail) {
        return new ProblemException(new Problem(type, title, status, detail, null));
    }

    private Account require(long id) {
        return accounts.findByIdOptional(id).orElseThrow(() -> Problems.notFound("account", id));
    }
}
