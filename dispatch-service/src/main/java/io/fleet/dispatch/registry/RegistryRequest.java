package io.fleet.dispatch.registry;

import java.time.OffsetDateTime;
import java.util.Map;

import io.fleet.dispatch.organisation.OrganisationOwned;
import io.fleet.dispatch.vehicle.Energy;
import io.fleet.dispatch.vehicle.Pool;
import io.fleet.dispatch.vehicle.VehicleKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An online request that changes a unit's fleet; the owner is the unit whose fleet changes. */
@Entity
@Table(name = "registry_request")
public class RegistryRequest extends OrganisationOwned {

    @Id
    public Long id;

    @Enumerated(EnumType.STRING)
    public RequestKind kind;

    @Column(name = "approver_org_id")
    public long approverOrgId;

    @Enumerated(EnumType.STRING)
    public RequestState state;

    /** The car concerned: the one renewed, disposed of or re-plated; null for a purchase. */
    @Column(name = "vehicle_id")
    public Long vehicleId;

    /** Purchase and renewal: the quota category and what is to be bought. */
    @Enumerated(EnumType.STRING)
    public Pool pool;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_kind")
    public VehicleKind vehicleKind;

    public Short seats;

    @Enumerated(EnumType.STRING)
    public Energy energy;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposal_method")
    public DisposalMethod disposalMethod;

    @Column(name = "new_plate")
    public String newPlate;

    @Column(name = "new_plate_key")
    public String newPlateKey;

    public String reason;

    public String requester;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_by_org_id")
    public Long decidedByOrgId;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "new_vehicle_id")
    public Long newVehicleId;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> criteria;

    @Version
    public int version;
}
