package io.fleet.dispatch.planning.lilim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.solver.CheapestInsertion;
import io.fleet.dispatch.planning.solver.SolverConfigs;

/**
 * {@code bin/fleet solve --li-lim FILE --seconds N [--seed S]}: runs the dispatch solver on a Li &amp; Lim PDPTW
 * instance and prints one JSON line {@code {"instance":..,"vehicles":..,"distance":..,"feasible":..}} (progress goes
 * to standard error).
 */
public final class LiLimMain {

    private LiLimMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = null;
        long seconds = 60;
        Long seed = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--li-lim" -> file = Path.of(value(args, ++i, "--li-lim"));
                case "--seconds" -> seconds = Long.parseLong(value(args, ++i, "--seconds"));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (file == null) {
            usage("--li-lim FILE is required");
        }
        if (!Files.isRegularFile(file)) {
            usage("no such file: " + file);
        }
        if (seconds < 1) {
            usage("--seconds must be at least 1");
        }
        System.out.println(solve(LiLimInstance.read(file), Duration.ofSeconds(seconds), seed).json());
    }

    public record Result(LiLimInstance instance, LiLimCheck check) {
        public String json() {
            return String.format(Locale.ROOT, "{\"instance\":\"%s\",\"vehicles\":%d,\"distance\":%.4f,\"feasible\":%s}",
                    instance.name(), check.vehicles(), check.distance(), check.feasible());
        }
    }

    public static Result solve(LiLimInstance instance, Duration limit, Long seed) {
        DispatchPlan plan = LiLimPlans.plan(instance);
        long started = System.nanoTime();
        CheapestInsertion.apply(plan);
        LiLimCheck start = LiLimCheck.of(instance, plan);
        System.err.printf(Locale.ROOT, "%s: insertion start %d vehicles, %.2f (%d ms)%n", instance.name(),
                start.vehicles(), start.distance(), (System.nanoTime() - started) / 1_000_000);
        Solver<DispatchPlan> solver = SolverFactory.<DispatchPlan>create(SolverConfigs.solver(limit, null, seed))
                .buildSolver();
        DispatchPlan best = solver.solve(plan);
        LiLimCheck check = LiLimCheck.of(instance, best);
        System.err.printf(Locale.ROOT, "%s: score %s, %d vehicles, %.4f%s%n", instance.name(), best.score(),
                check.vehicles(), check.distance(), check.feasible() ? "" : " INFEASIBLE " + check.violations());
        return new Result(instance, check);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            usage(flag + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("fleet solve: " + problem);
        System.err.println("usage: bin/fleet solve --li-lim FILE --seconds N [--seed S]");
        System.exit(2);
    }
}
