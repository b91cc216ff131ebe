package io.fleet.dispatch.trip;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import io.fleet.dispatch.organisation.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Point;

@Entity
@Table(name = "trip_request")
public class TripRequest extends OrganisationOwned {

    @Id
    public Long id;

    public String requester;

    @Enumerated(EnumType.STRING)
    public TripCategory category;

    public short passengers;

    @Column(name = "pickup_place")
    public String pickupPlace;

    @Column(name = "pickup_point", columnDefinition = "geometry(Point,4326)")
    public Point pickupPoint;

    @Column(name = "window_start")
    public OffsetDateTime windowStart;

    @Column(name = "window_end")
    public OffsetDateTime windowEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Destination> destinations;

    @Column(name = "wait_and_return")
    public boolean waitAndReturn;

    /** 合乘: the requester accepts sharing the car with other requests' passengers. */
    public boolean shareable;

    public String notes;

    @Enumerated(EnumType.STRING)
    public TripState state;

    public String approver;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "dispatched_before_approval")
    public boolean dispatchedBeforeApproval;

    @Column(name = "vehicle_id")
    public Long vehicleId;

    @Column(name = "driver_id")
    public Long driverId;

    public Short rating;

    @Enumerated(EnumType.STRING)
    public TripPhase phase;

    @Column(name = "start_odometer_km")
    public BigDecimal startOdometerKm;

    @Column(name = "start_energy_percent")
    public Short startEnergyPercent;

    @Column(name = "end_odometer_km")
    public BigDecimal endOdometerKm;

    @Column(name = "end_energy_percent")
    public Short endEnergyPercent;

    @Version
    public int version;

    public boolean approved() {
        return approver != null;
    }
}
