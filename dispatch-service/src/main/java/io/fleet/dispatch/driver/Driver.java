package io.fleet.dispatch.driver;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "driver")
public class Driver {

    @Id
    public Long id;

    @Column(name = "org_id")
    public long orgId;

    @Column(name = "org_path")
    public String orgPath;

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
