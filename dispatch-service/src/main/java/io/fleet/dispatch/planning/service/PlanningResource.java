package io.fleet.dispatch.planning.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;

import io.fleet.dispatch.audit.AuditEvent;
import io.fleet.dispatch.audit.AuditLog;
import io.fleet.dispatch.common.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Day plans: start one, watch it improve, read why it is as it is, and hand it to the drivers. */
@Path("/api/planning/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanningResource {

    private final PlanningService planning;
    private final PlanApplier applier;
    private final SolutionManager<io.fleet.dispatch.planning.domain.DispatchPlan, HardMediumSoftLongScore> explain;

    private final AuditLog audit;

    PlanningResource(PlanningService planning, PlanApplier applier,
            SolutionManager<io.fleet.dispatch.planning.domain.DispatchPlan, HardMediumSoftLongScore> explain,
            AuditLog audit) {
        this.audit = audit;
        this.planning = planning;
        this.applier = applier;
        this.explain = explain;
    }

    public record NewPlan(@NotNull LocalDate day, @NotNull Long orgId) {
    }

    /** {@code actor} is accepted from older clients and ignored: the signed-in caller applies the plan. */
    public record ApplyPlan(@Size(max = 64) String actor) {
    }

    @POST
    public Response start(@Valid @NotNull NewPlan body) {
        return Response.accepted(planning.start(body.day(), body.orgId())).build();
    }

    @GET
    public Collection<PlanView> list() {
        return planning.list();
    }

    /** The best plan so far, with each rule's share of its score. */
    @GET
    @Path("/{id}")
    public PlanView get(@PathParam("id") String id) {
        PlanRun run = planning.run(id);
        Map<String, String> constraints = new LinkedHashMap<>();
        var plan = run.best.plan();
        if (plan.score() != null) {
            var solved = explain.explain(plan);
            for (ConstraintMatchTotal<HardMediumSoftLongScore> total : solved.getConstraintMatchTotalMap().values()) {
                if (!total.getScore().isZero()) {
                    constraints.put(total.getConstraintName(), total.getScore().toString());
                }
            }
        }
        return PlanView.of(run, constraints);
    }

    @POST
    @Path("/{id}/stop")
    public PlanView stop(@PathParam("id") String id) {
        return planning.stop(id);
    }

    /** Assigns every served request to its planned vehicle and driver; requests changed since are left alone. */
    @POST
    @Path("/{id}/apply")
    public List<PlanApplier.Outcome> apply(@PathParam("id") String id, @Valid ApplyPlan body) {
        PlanRun run = planning.run(id);
        if (run.status == PlanRun.Status.SOLVING) {
            throw Problems.conflict("id", "plan " + id + " is still being optimised; stop it or wait");
        }
        List<PlanApplier.Outcome> outcomes = applier.apply(run.best);
        audit.record(AuditEvent.of("PLAN_APPLY", "plan", id, run.orgPath).change(null, Map.of("day", run.day,
                "orgId", run.orgId, "outcomes", outcomes)));
        return outcomes;
    }
}
