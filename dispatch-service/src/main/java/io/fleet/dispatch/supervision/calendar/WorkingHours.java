package io.fleet.dispatch.supervision.calendar;

import java.time.LocalTime;

/** An organisation's working hours on a working day, [start, end) local time. */
public record WorkingHours(LocalTime start, LocalTime end) {

    public WorkingHours {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("working hours end before they start");
        }
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }
}
