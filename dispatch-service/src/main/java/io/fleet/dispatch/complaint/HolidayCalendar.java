package io.fleet.dispatch.complaint;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Which days are worked, for complaint deadlines: Monday to Friday, corrected by the official holidays (HOLIDAY) and
 * make-up working days (WORKDAY, 调休) of {@code holiday_calendar}, which the supervision area keeps and administrators
 * correct (docs/supervision.md). Read with our own SQL; a year beyond the calendar counts Monday to Friday.
 */
@ApplicationScoped
public class HolidayCalendar {

    private final EntityManager entities;

    HolidayCalendar(EntityManager entities) {
        this.entities = entities;
    }

    /** The working-day test for days in [from, to] (outside it: Monday to Friday). */
    @Transactional
    public Predicate<LocalDate> between(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery(
                        "SELECT day, kind FROM holiday_calendar WHERE day BETWEEN ?1 AND ?2")
                .setParameter(1, from).setParameter(2, to).getResultList();
        Map<LocalDate, Boolean> overrides = new HashMap<>();
        for (Object[] r : rows) {
            LocalDate day = r[0] instanceof Date d ? d.toLocalDate() : (LocalDate) r[0];
            overrides.put(day, "WORKDAY".equals(r[1]));
        }
        return day -> overrides.getOrDefault(day, WorkingDays.MONDAY_TO_FRIDAY.test(day));
    }

    /** The test for the coming months: what deadlines and their countdowns need. */
    public Predicate<LocalDate> ahead(LocalDate today) {
        return between(today.minusDays(120), today.plusDays(120));
    }
}
