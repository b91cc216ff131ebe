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

/** Who added or removed a shift or leave row, with a copy of the row: the trail outlives the row. */
@Entity
@Table(name = "driver_shift_event")
public class DriverShiftEvent {

    public enum Action {
        ADD, REMOVE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "shift_id")
    public long shiftId;

    @Column(name = "driver_id")
    public long driverId;

    @Column(insertable = false, updatable = false)
    public Instant at;

    public String actor;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Enumerated(EnumType.STRING)
    public ShiftKind kind;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String note;

    static DriverShiftEvent of(DriverShift shift, Action action, String actor) {
        DriverShiftEvent e = new DriverShiftEvent();
        e.shiftId = shift.id;
        e.driverId = shift.driverId;
        e.actor = actor;
        e.action = action;
        e.kind = shift.kind;
        e.startsAt = shift.startsAt;
        e.endsAt = shift.endsAt;
        e.note = shift.note;
        return e;
    }
}
