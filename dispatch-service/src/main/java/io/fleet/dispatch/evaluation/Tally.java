package io.fleet.dispatch.evaluation;

/**
 * The additive raw numbers of one car, summed up the organisation tree; every figure shown is derived from these
 * (ratios from the sums, never averages of ratios), so a unit's row is its cars' rows added up.
 */
final class Tally {

    long vehicles;
    long vehicleDays;
    long trips;
    double secondsInUse;
    double hoursAvailable;
    double metres;
    double emptyMetres;
    double newEnergyMetres;
    long expenseCents;
    double runningCostCents;
    long alarms;
    long confirmedAlarms;
    long complaints;
    long substantiatedComplaints;
    long purchases;
    long newEnergyPurchases;

    void add(Tally o) {
        vehicles += o.vehicles;
        vehicleDays += o.vehicleDays;
        trips += o.trips;
        secondsInUse += o.secondsInUse;
        hoursAvailable += o.hoursAvailable;
        metres += o.metres;
        emptyMetres += o.emptyMetres;
        newEnergyMetres += o.newEnergyMetres;
        expenseCents += o.expenseCents;
        runningCostCents += o.runningCostCents;
        alarms += o.alarms;
        confirmedAlarms += o.confirmedAlarms;
        complaints += o.complaints;
        substantiatedComplaints += o.substantiatedComplaints;
        purchases += o.purchases;
        newEnergyPurchases += o.newEnergyPurchases;
    }

    Figures figures() {
        double hoursInUse = secondsInUse / 3600;
        double costCents = expenseCents + runningCostCents;
        return new Figures(vehicles, vehicleDays, trips, round(hoursInUse, 2), round(hoursAvailable, 2),
                ratio(hoursInUse, hoursAvailable), round(metres / 1000, 2), round(emptyMetres / 1000, 2),
                ratio(emptyMetres, metres), round(expenseCents / 100.0, 2), round(runningCostCents / 100, 2),
                round(costCents / 100, 2), metres > 0 ? round(costCents / 100 / (metres / 1000), 2) : null,
                round(newEnergyMetres / 1000, 2), ratio(newEnergyMetres, metres), purchases, newEnergyPurchases,
                ratio(newEnergyPurchases, purchases), alarms, confirmedAlarms,
                vehicleDays > 0 ? round(100.0 * confirmedAlarms / vehicleDays, 2) : null, complaints,
                substantiatedComplaints);
    }

    private static Double ratio(double part, double whole) {
        return whole > 0 ? round(part / whole, 4) : null;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
