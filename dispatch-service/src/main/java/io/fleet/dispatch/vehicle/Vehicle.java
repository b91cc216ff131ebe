package io.fleet.dispatch.vehicle;

import java.time.LocalDate;

import io.fleet.dispatch.organisation.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.locationtech.jts.geom.Polygon;

@Entity
@Table(name = "vehicle")
public class Vehicle extends OrganisationOwned {

    /** Drawn from vehicle_id_seq by the repository. */
    @Id
    public Long id;

    public String plate;

    @Column(name = "plate_key")
    public String plateKey;

    /** JT/T 808 plate colour: 1 blue, 2 yellow, 3 black, 4 white, 5 green (new-energy), 9 other. */
    @Column(name = "plate_color")
    public short plateColor;

    public boolean marked;

    @Enumerated(EnumType.STRING)
    public VehicleKind kind;

    public short seats;

    @Enumerated(EnumType.STRING)
    public Energy energy;

    @Column(name = "battery_range_km")
    public Integer batteryRangeKm;

    @Enumerated(EnumType.STRING)
    public Pool pool;

    @Column(name = "home_lot", columnDefinition = "geometry(Polygon,4326)")
    public Polygon homeLot;

    @Enumerated(EnumType.STRING)
    public VehicleStatus status;

    /** First registration (初次登记): the age a renewal is judged by. */
    @Column(name = "registered_on")
    public LocalDate registeredOn;

    @Version
    public int version;
}
