package io.fleet.dispatch.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.fleet.dispatch.supervision.Tx;
import jakarta.enterprise.context.ApplicationScoped;

/** Evaluation (绩效评价) of an organisation's subtree for a period: per unit rolled up the tree, and per car. */
@ApplicationScoped
public class Evaluation {

    /** One organisation with the sums of every car of its subtree; depth 0 is the organisation asked for. */
    public record UnitRow(long orgId, Long parentId, String name, String kind, int depth,
                          @JsonUnwrapped Figures figures) {
    }

    public record VehicleRow(long vehicleId, String plate, long orgId, String orgName, String kind, String energy,
                             @JsonUnwrapped Figures figures) {
    }

    /** The answer: the period, the cost model used, the rows. */
    public record Report<T>(String from, String to, long days, int fuelCentsPerKm, int newEnergyCentsPerKm,
                            List<T> rows) {
    }

    private final DataSource dataSource;
    private final EvaluationStore store;
    private final CostModel cost;

    Evaluation(DataSource dataSource, EvaluationStore store, CostModel cost) {
        this.dataSource = dataSource;
        this.store = store;
        this.cost = cost;
    }

    public Report<UnitRow> units(String path, EvaluationPeriod period) {
        EvaluationStore.Raw raw = read(path, period);
        int rootDepth = raw.orgs().isEmpty() ? 0 : raw.orgs().stream().mapToInt(EvaluationStore.Org::depth).min()
                .getAsInt();
        List<UnitRow> rows = new ArrayList<>();
        for (EvaluationStore.Org org : raw.orgs()) {
            Tally sum = new Tally();
            for (Map.Entry<Long, Tally> e : raw.perCar().entrySet()) {
                if (raw.cars().get(e.getKey()).orgPath().startsWith(org.path())) {
                    sum.add(e.getValue());
                }
            }
            // a unit's complaints are those about its cars, and those found to concern it without a car named
            sum.complaints = 0;
            sum.substantiatedComplaints = 0;
            for (EvaluationStore.Org inside : raw.orgs()) {
                long[] n = raw.complaintsPerOrg().get(inside.id());
                if (n != null && inside.path().startsWith(org.path())) {
                    sum.complaints += n[0];
                    sum.substantiatedComplaints += n[1];
                }
            }
            rows.add(new UnitRow(org.id(), org.parentId(), org.name(), org.kind(), org.depth() - rootDepth,
                    sum.figures()));
        }
        return report(period, rows);
    }

    public Report<VehicleRow> vehicles(String path, EvaluationPeriod period) {
        EvaluationStore.Raw raw = read(path, period);
        List<VehicleRow> rows = new ArrayList<>();
        for (EvaluationStore.Car car : raw.cars().values()) {
            rows.add(new VehicleRow(car.id(), car.plate(), car.orgId(), car.orgName(), car.kind(),
                    car.newEnergy() ? "NEW_ENERGY" : "FUEL", raw.perCar().get(car.id()).figures()));
        }
        return report(period, rows);
    }

    private EvaluationStore.Raw read(String path, EvaluationPeriod period) {
        return Tx.run(dataSource, c -> {
            // one snapshot: every figure is from the same state of the data
            try (var s = c.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            return store.read(c, path, period);
        });
    }

    private <T> Report<T> report(EvaluationPeriod period, List<T> rows) {
        return new Report<>(period.from().toString(), period.to().toString(), period.days(), cost.fuelCentsPerKm(),
                cost.newEnergyCentsPerKm(), rows);
    }
}
