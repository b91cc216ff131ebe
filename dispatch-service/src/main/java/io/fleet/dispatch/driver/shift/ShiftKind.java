package io.fleet.dispatch.driver.shift;

/** SHIFT: time the driver works. LEAVE: time off (sick leave, annual leave 年休假, training); it wins over shifts. */
public enum ShiftKind {
    SHIFT, LEAVE
}
