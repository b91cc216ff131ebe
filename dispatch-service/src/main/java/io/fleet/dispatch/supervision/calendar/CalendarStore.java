package io.fleet.dispatch.supervision.calendar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Reads the holiday calendar table into a {@link WorkCalendar} for the days a period touches. */
public final class CalendarStore {

    private CalendarStore() {
    }

    public static WorkCalendar between(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<LocalDate, WorkCalendar.Day> days = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT day, kind, name FROM holiday_calendar WHERE day BETWEEN ? AND ?")) {
            s.setObject(1, from);
            s.setObject(2, to);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    days.put(rs.getObject(1, LocalDate.class), new WorkCalendar.Day(
                            WorkCalendar.DayKind.valueOf(rs.getString(2)), rs.getString(3)));
                }
            }
        }
        return new WorkCalendar(days);
    }
}
