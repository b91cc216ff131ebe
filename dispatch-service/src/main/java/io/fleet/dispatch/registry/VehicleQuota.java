package io.fleet.dispatch.registry;

import java.time.OffsetDateTime;

import io.fleet.dispatch.organisation.OrganisationOwned;
import io.fleet.dispatch.vehicle.Pool;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How many cars of one pool a unit may hold (编制). What it holds is counted from the vehicles, never kept here. */
@Entity
@Table(name = "vehicle_quota")
public class VehicleQuota extends OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public Pool pool;

    public int quota;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_by_org_id")
    public long setByOrgId;

    @Column(name = "set_at")
    public OffsetDateTime setAt;

    @Version
    public int version;
}
