package io.fleet.dispatch.terminal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A JT/T 808 terminal known to the platform; only these may register with the gateway. */
@Entity
@Table(name = "terminal")
public class Terminal {

    @Id
    public Long id;

    /** Normalised, see {@link TerminalPhone}. */
    public String phone;

    /** The terminal id it reports in its registration (up to 30 characters in 2019). */
    @Column(name = "device_id")
    public String deviceId;

    public String maker;

    public String model;

    @Column(name = "vehicle_id")
    public Long vehicleId;

    public boolean enabled;

    @Version
    public int version;
}
