package io.fleet.dispatch.account;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import io.fleet.dispatch.organisation.OrganisationOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in. The password is kept only as a salted PBKDF2 hash (PasswordHasher). */
@Entity
@Table(name = "account")
public class Account extends OrganisationOwned {

    @Id
    public Long id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    /** The primary role: what the phone app shows and whom trip changes are routed to. */
    @Enumerated(EnumType.STRING)
    public AccountRole role;

    /** Every role of the account, the primary one included (console accounts may have several). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    public Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);

    @Column(name = "driver_id")
    public Long driverId;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "failed_sign_ins")
    public int failedSignIns;

    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;

    /** The phone the account is bound to (set at its first sign-in); null until then or after a release. */
    @Column(name = "device_id")
    public String deviceId;

    public boolean enabled;

    @Version
    public int version;
}
