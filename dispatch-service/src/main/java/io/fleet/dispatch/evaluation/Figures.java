package io.fleet.dispatch.evaluation;

import java.util.List;
import java.util.function.Function;

/**
 * The evaluation of a unit or a car for a period (definitions in docs/evaluation.md). Kilometres, hours and yuan to
 * two decimals, shares as fractions to four; a share whose base is zero is null (nothing to share).
 */
public record Figures(
        long vehicles,
        long vehicleDays,
        long trips,
        double hoursInUse,
        double hoursAvailable,
        Double useRate,
        double km,
        double emptyKm,
        Double emptyShare,
        double expensesYuan,
        double runningCostYuan,
        double costYuan,
        Double costPerKmYuan,
        double newEnergyKm,
        Double newEnergyShareOfUse,
        long purchases,
        long newEnergyPurchases,
        Double newEnergyShareOfPurchases,
        long alarms,
        long confirmedAlarms,
        Double confirmedAlarmsPer100VehicleDays,
        long complaints,
        long substantiatedComplaints) {

    /** The export columns, in order: header and value. */
    static final List<Column<Figures>> COLUMNS = List.of(
            new Column<>("vehicles", Figures::vehicles),
            new Column<>("vehicle_days", Figures::vehicleDays),
            new Column<>("trips", Figures::trips),
            new Column<>("hours_in_use", Figures::hoursInUse),
            new Column<>("hours_available", Figures::hoursAvailable),
            new Column<>("use_rate", Figures::useRate),
            new Column<>("km", Figures::km),
            new Column<>("empty_km", Figures::emptyKm),
            new Column<>("empty_share", Figures::emptyShare),
            new Column<>("expenses_yuan", Figures::expensesYuan),
            new Column<>("running_cost_yuan", Figures::runningCostYuan),
            new Column<>("cost_yuan", Figures::costYuan),
            new Column<>("cost_per_km_yuan", Figures::costPerKmYuan),
            new Column<>("new_energy_km", Figures::newEnergyKm),
            new Column<>("new_energy_share_of_use", Figures::newEnergyShareOfUse),
            new Column<>("purchases", Figures::purchases),
            new Column<>("new_energy_purchases", Figures::newEnergyPurchases),
            new Column<>("new_energy_share_of_purchases", Figures::newEnergyShareOfPurchases),
            new Column<>("alarms", Figures::alarms),
            new Column<>("confirmed_alarms", Figures::confirmedAlarms),
            new Column<>("confirmed_alarms_per_100_vehicle_days", Figures::confirmedAlarmsPer100VehicleDays),
            new Column<>("complaints", Figures::complaints),
            new Column<>("substantiated_complaints", Figures::substantiatedComplaints));

    record Column<T>(String header, Function<T, Object> value) {
    }
}
