package io.fleet.dispatch.account;

import java.util.LinkedHashMap;
import java.util.Map;

import io.fleet.dispatch.audit.Actor;
import io.fleet.dispatch.audit.AuditEvent;
import io.fleet.dispatch.audit.AuditLog;

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
    public static final String NO_ACCOUNT = "urn:fleet:problem:no-account";
    public static final String OTHER_DEVICE = "urn:fleet:problem:other-device";

    /** Checked against when the username is unknown, so a wrong name takes as long as a wrong password. */
    private static final String DUMMY = PasswordHasher.hash("not a password of anyone");

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final EntityManager entities;
    private final AuditLog audit;

    AccountService(AccountRepository accounts, OrganisationRepository organisations, EntityManager entities,
            AuditLog audit) {
        this.audit = audit;
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
        a.roles.add(n.role());
        if (n.roles() != null) {
            if (n.role() != AccountRole.DRIVER && n.roles().contains(AccountRole.DRIVER)) {
                throw Problems.badField("roles", "only an account whose role is DRIVER (tied to a driver) drives");
            }
            a.roles.addAll(n.roles());
        }
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
                throw Problems.badField("orgId", "every account but a driver's names its organisation");
            }
            Organisation org = organisations.usable("orgId", n.orgId());
            a.ownedBy(org);
        }
        a.passwordHash = PasswordHasher.hash(n.password());
        a.enabled = true;
        accounts.persist(a);
        accounts.flush();
        audit.record(AuditEvent.of("ACCOUNT_CREATE", "account", a.id, a.orgPath).change(null, snapshot(a)));
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

    /** Checks a password from a phone and binds the account to it; failures are counted, hence no rollback. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public AccountView signIn(SignIn s) {
        Account a = checkPassword(s.username(), s.password());
        if (a.deviceId != null && !a.deviceId.equals(s.deviceId())) {
            throw refused(OTHER_DEVICE, "Bound to another phone", 403,
                    "this account is bound to another phone; ask the fleet office to release it");
        }
        a.deviceId = s.deviceId();
        accounts.flush();
        audit.record(AuditEvent.of("SIGN_IN", "account", a.id, a.orgPath).change(null, Map.of("channel", "phone")),
                actor(a));
        return AccountView.of(a, false);
    }

    /** Checks a password from the console (no phone binding); the same lock-out as from a phone. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Account signInConsole(String username, String password) {
        Account a = checkPassword(username, password);
        accounts.flush();
        audit.record(AuditEvent.of("SIGN_IN", "account", a.id, a.orgPath).change(null, Map.of("channel", "console")),
                actor(a));
        return a;
    }

    /**
     * The account a person proven by the city identity service signs in as: the enabled local account of that
     * username, whose roles and organisation apply. No password is checked, but a locked account stays locked (an
     * administrator's way to cut a person off at once). 403 when there is no such account: accounts are not made
     * from the identity service.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Account signInExternal(String username) {
        Account a = username == null ? null : accounts.byUsername(username).orElse(null);
        if (a == null || !a.enabled) {
            String tried = username == null ? "" : username.length() > 64 ? username.substring(0, 64) : username;
            audit.record(AuditEvent.of("SIGN_IN", "account", a == null ? null : a.id, a == null ? "/" : a.orgPath)
                    .change(null, Map.of("channel", "city identity")).outcome(a == null ? "NO_ACCOUNT" : "DISABLED"),
                    new Actor(a == null ? null : a.id, tried, List.of()));
            throw refused(NO_ACCOUNT, "No account", 403, "the city identity " + username
                    + " has no Fleet account; ask an administrator to create one with this username");
        }
        if (isLocked(a, OffsetDateTime.now())) {
            audit.record(AuditEvent.of("SIGN_IN", "account", a.id, a.orgPath)
                    .change(null, Map.of("channel", "city identity")).outcome("LOCKED"), actor(a));
            throw refused(LOCKED, "Account locked", 423, "the account is locked until " + a.lockedUntil.withNano(0));
        }
        audit.record(AuditEvent.of("SIGN_IN", "account", a.id, a.orgPath)
                .change(null, Map.of("channel", "city identity")), actor(a));
        return a;
    }

    /**
     * Auto-provisioning (off unless configured): a console account in organisation {@code orgCode} with {@code role}
     * for a person the city identity service proved and who has no account yet. The password is random and told to
     * no one: the account signs in through the identity service only, until an administrator says otherwise.
     * Nothing happens when the username is taken (a disabled account stays disabled).
     */
    @Transactional
    public void provision(String username, String displayName, String orgCode, AccountRole role) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw refused(NO_ACCOUNT, "No account", 403, "the city identity " + username
                    + " cannot be a Fleet username (letters, digits and . _ @ -, at most 64); ask an administrator");
        }
        if (role == AccountRole.DRIVER) {
            throw new IllegalStateException("FLEET_OIDC_PROVISION_ROLE: a driver account needs its driver record");
        }
        if (accounts.byUsername(username).isPresent()) {
            return;
        }
        Organisation org = organisations.findByCode(orgCode).orElseThrow(() -> new IllegalStateException(
                "FLEET_OIDC_PROVISION_ORG names no organisation: " + orgCode));
        Account a = new Account();
        a.id = accounts.nextId();
        a.username = username;
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        a.displayName = name.length() > 64 ? name.substring(0, 64) : name;
        a.role = role;
        a.roles.add(role);
        a.ownedBy(org);
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        a.passwordHash = PasswordHasher.hash(java.util.Base64.getEncoder().encodeToString(secret));
        a.enabled = true;
        accounts.persist(a);
        accounts.flush();
        audit.record(AuditEvent.of("ACCOUNT_PROVISION", "account", a.id, a.orgPath).change(null, snapshot(a)),
                Actor.SYSTEM);
    }

    /** The enabled account of an id, or empty (a token of a removed or disabled account is refused). */
    @Transactional
    public java.util.Optional<Account> enabled(long id) {
        return accounts.findByIdOptional(id).filter(a -> a.enabled);
    }

    /**
     * The password check both sign-ins share: a wrong name and a wrong password get the same 401 and take the same
     * time; five wrong passwords in a row lock the account (423). Success clears the count.
     */
    private Account checkPassword(String username, String password) {
        Account a = accounts.byUsername(username).orElse(null);
        if (a == null || !a.enabled) {
            PasswordHasher.matches(password, DUMMY);
            String tried = username == null ? "" : username.length() > 64 ? username.substring(0, 64) : username;
            audit.record(AuditEvent.of("SIGN_IN", "account", a == null ? null : a.id, a == null ? "/" : a.orgPath)
                    .outcome(a == null ? "UNKNOWN_USER" : "DISABLED"), new Actor(a == null ? null : a.id, tried, List.of()));
            throw refused(UNAUTHORIZED, "Sign-in failed", 401, "wrong username or password");
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (isLocked(a, now)) {
            audit.record(AuditEvent.of("SIGN_IN", "account", a.id, a.orgPath).outcome("LOCKED"), actor(a));
            throw refused(LOCKED, "Account locked", 423, "too many wrong passwords; try again after "
                    + a.lockedUntil.withNano(0));
        }
        if (!PasswordHasher.matches(password, a.passwordHash)) {
            a.failedSignIns++;
            audit.record(AuditEvent.of("SIGN_IN", "account", a.id, a.orgPath).outcome("WRONG_PASSWORD"), actor(a));
            if (a.failedSignIns >= MAX_FAILURES) {
                a.lockedUntil = now.plus(LOCK);
                a.failedSignIns = 0;
                audit.record(AuditEvent.of("LOCK_OUT", "account", a.id, a.orgPath)
                        .change(null, Map.of("lockedUntil", a.lockedUntil.toString())), Actor.SYSTEM);
            }
            throw refused(UNAUTHORIZED, "Sign-in failed", 401, "wrong username or password");
        }
        a.failedSignIns = 0;
        a.lockedUntil = null;
        return a;
    }

    /** Unbinds the account from its phone (lost or replaced phone) and lifts a lock. */
    @Transactional
    public AccountView releaseDevice(long id) {
        Account a = require(id);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("deviceId", a.deviceId);
        before.put("lockedUntil", a.lockedUntil == null ? null : a.lockedUntil.toString());
        a.deviceId = null;
        a.lockedUntil = null;
        a.failedSignIns = 0;
        accounts.flush();
        audit.record(AuditEvent.of("RELEASE_DEVICE", "account", a.id, a.orgPath).change(before, null));
        return AccountView.of(a, false);
    }

    /** The person signing in, for the audit log (nobody is signed in yet while the password is checked). */
    private static Actor actor(Account a) {
        return new Actor(a.id, a.username, a.roles.stream().map(Enum::name).sorted().toList());
    }

    private static Map<String, Object> snapshot(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.username);
        m.put("displayName", a.displayName);
        m.put("roles", a.roles.stream().map(Enum::name).sorted().toList());
        m.put("orgId", a.orgId);
        m.put("driverId", a.driverId);
        return m;
    }

    private static boolean isLocked(Account a, OffsetDateTime now) {
        return a.lockedUntil != null && a.lockedUntil.isAfter(now);
    }

    private static ProblemException refused(String type, String title, int status, String detail) {
        return new ProblemException(new Problem(type, title, status, detail, null));
    }

    private Account require(long id) {
        return organisations.visible(accounts.findByIdOptional(id).orElse(null), "account", id);
    }
}
