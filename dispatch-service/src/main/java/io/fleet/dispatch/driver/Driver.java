package io.fleet.dispatch.driver;

import io.fleet.dispatch.organisation.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "driver")
public class Driver extends OrganisationOwned {

    @Id
    public Long id;

    public String name;

    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "licence_class")
    public LicenceClass licenceClass;

    /** Working time a day that the planner may fill, in minutes. */
    @Column(name = "daily_limit_minutes")
    public int dailyLimitMinutes;

    @Enumerated(EnumType.STRING)
    public DriverStatus status;

    @Version
    public int version;
}
