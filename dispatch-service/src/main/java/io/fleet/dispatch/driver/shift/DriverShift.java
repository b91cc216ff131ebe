package io.fleet.dispatch.driver.shift;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One SHIFT or LEAVE row of a driver. Rows are added and removed, never changed (so they carry no version); the
 * planner reads the table directly (see DutyDay for what the rows mean).
 */
@Entity
@Table(name = "driver_shift")
public class DriverShift {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "driver_id")
    public long driverId;

    @Enumerated(EnumType.STRING)
    public ShiftKind kind;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String note;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public Interval interval() {
        return new Interval(startsAt, endsAt);
    }

    public DutyDay.Row row() {
        return new DutyDay.Row(kind, interval());
    }
}
