package io.fleet.dispatch.registry;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a car may be renewed: old enough (years since first registration) or driven far enough (the highest
 * odometer reading the platform recorded). Either suffices, as in the national rule of thumb.
 *
 * @param odometerKm the highest recorded reading, null when the platform has none
 */
public record RenewalCriteria(LocalDate registeredOn, LocalDate today, Double odometerKm, int minAgeYears, int minKm) {

    public boolean oldEnough() {
        return !registeredOn.plusYears(minAgeYears).isAfter(today);
    }

    public boolean farEnough() {
        return odometerKm != null && odometerKm >= minKm;
    }

    public boolean met() {
        return oldEnough() || farEnough();
    }

    /** Whole years and months since first registration, as people say a car's age. */
    public String age() {
        Period p = Period.between(registeredOn, today);
        return p.getYears() + " years " + p.getMonths() + " months";
    }

    /** Why a car falls short, naming both criteria. */
    public String shortfall() {
        return "the car is " + age() + " old (registered " + registeredOn + "; " + minAgeYears + " years needed) and has "
                + (odometerKm == null ? "no recorded odometer reading" : Math.round(odometerKm) + " km recorded")
                + " (" + minKm + " km needed)";
    }

    /** What the audit trail and the request keep of the judgement. */
    public Map<String, Object> asDetails() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("registeredOn", registeredOn.toString());
        m.put("judgedOn", today.toString());
        m.put("age", age());
        m.put("odometerKm", odometerKm);
        m.put("minAgeYears", minAgeYears);
        m.put("minKm", minKm);
        m.put("oldEnough", oldEnough());
        m.put("farEnough", farEnough());
        return m;
    }
}
