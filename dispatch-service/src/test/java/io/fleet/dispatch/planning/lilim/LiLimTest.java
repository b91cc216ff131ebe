package io.fleet.dispatch.planning.lilim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;

/** The Li &amp; Lim runner: reading instances, judging solutions independently, and solving one. */
class LiLimTest {

    private static final Path LC101 = Path.of("../data/vrp/lilim/lc101.txt");

    @Test
    void readsAnInstanceWithItsPairs() throws Exception {
        LiLimInstance lc101 = LiLimInstance.read(LC101);
        assertThat(lc101.vehicles()).isEqualTo(25);
        assertThat(lc101.capacity()).isEqualTo(200);
        assertThat(lc101.nodes()).hasSize(107);
        LiLimInstance.Node three = lc101.nodes().get(3);
        assertThat(three.isPickup()).isTrue();
        assertThat(lc101.nodes().get(three.delivery()).pickup()).isEqualTo(3);
        assertThat(lc101.distance(0, 0)).isZero();
    }

    @Test
    void refusesAMalformedInstance(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "25 200 1\n0 40 50 0 0 1236 0 0\n");
        assertThatThrownBy(() -> LiLimInstance.read(bad)).hasMessageContaining("expected 9 fields");
    }

    @Test
    void theIndependentCheckCatchesABrokenSolution() throws Exception {
        LiLimInstance lc101 = LiLimInstance.read(LC101);
        DispatchPlan plan = LiLimPlans.plan(lc101);
        // Everything unserved: infeasible as the benchmark counts it.
        assertThat(LiLimCheck.of(lc101, plan).feasible()).isFalse();
        // One pair put on a vehicle drop-off first.
        Route unserved = plan.unservedRoute();
        Stop pickup = unserved.stops().get(0);
        Route first = plan.routes().get(0);
        unserved.stops().removeAll(java.util.List.of(pickup, pickup.partner()));
        first.stops().add(pickup.partner());
        first.stops().add(pickup);
        assertThat(LiLimCheck.of(lc101, plan).violations()).anySatisfy(v -> assertThat(v).contains("before its pickup"));
    }

    @Test
    void solvesLc101ToAFeasiblePlanAtTheBestKnownVehicleCount() throws Exception {
        LiLimMain.Result result = LiLimMain.solve(LiLimInstance.read(LC101), Duration.ofSeconds(3), 7L);
        assertThat(result.check().feasible()).as(result.check().violations().toString()).isTrue();
        assertThat(result.check().vehicles()).isEqualTo(10);
        // Best known 828.94; a feasible plan cannot be shorter.
        assertThat(result.check().distance()).isGreaterThanOrEqualTo(828.93);
        assertThat(result.json()).startsWith("{\"instance\":\"lc101\",\"vehicles\":10,\"distance\":")
                .endsWith("\"feasible\":true}");
    }
}
