package io.fleet.dispatch.registry;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.vehicle.Pool;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/registry")
@Tag(name = "Registry", description = "The vehicle registry (一网通): quotas per unit and pool, purchase, renewal, "
        + "disposal and plate-change requests with approval, and each vehicle's file (一车一档)")
public class RegistryResource {

    private final QuotaService quotas;
    private final RegistryRequestService requests;
    private final VehicleHistoryService histories;

    RegistryResource(QuotaService quotas, RegistryRequestService requests, VehicleHistoryService histories) {
        this.quotas = quotas;
        this.requests = requests;
        this.histories = histories;
    }

    @GET
    @Path("/quotas")
    @Operation(summary = "Quota use of every unit and pool of an organisation's subtree (all when org is omitted): "
            + "quota, cars held (counted from the vehicles), approved purchases not yet registered, free places, "
            + "over quota")
    public List<QuotaUse> quotas(@QueryParam("org") Long org) {
        return quotas.list(org);
    }

    @PUT
    @Path("/quotas/{orgId}/{pool}")
    @Operation(summary = "Set a unit's quota of one pool; by someone of an organisation above the unit (the city "
            + "bureau sets its own). Send the version you read when the quota was set before")
    public QuotaUse setQuota(@PathParam("orgId") long orgId,
            @Parameter(description = "EMERGENCY, ENFORCEMENT, COURIER, RETIREE or GENERAL") @PathParam("pool") String pool,
            @Valid @NotNull QuotaChange change) {
        return quotas.set(orgId, parse("pool", pool, Pool.class), change);
    }

    @GET
    @Path("/quotas/{orgId}/history")
    @Operation(summary = "Every quota set for a unit, oldest first: who, from which organisation, before and after")
    public List<RegistryRequestView.EventView> quotaHistory(@PathParam("orgId") long orgId) {
        return quotas.history(orgId);
    }

    @GET
    @Path("/requests")
    @Operation(summary = "Registry requests of an organisation's subtree, newest first; filter by state, kind, vehicle")
    public List<RegistryRequestView> list(@QueryParam("org") Long org, @QueryParam("state") String state,
            @QueryParam("kind") String kind, @QueryParam("vehicleId") Long vehicleId,
            @QueryParam("limit") @DefaultValue("200") int limit) {
        if (limit < 1 || limit > 1000) {
            throw Problems.badField("limit", "between 1 and 1000");
        }
        return requests.list(org, state == null ? null : parse("state", state, RequestState.class),
                kind == null ? null : parse("kind", kind, RequestKind.class), vehicleId, limit);
    }

    @GET
    @Path("/requests/{id}")
    @Operation(summary = "One registry request with its audit trail")
    public RegistryRequestView get(@PathParam("id") long id) {
        return requests.get(id);
    }

    @POST
    @Path("/requests")
    @Operation(summary = "Submit a purchase, renewal (the old car must meet the renewal criteria), disposal or plate "
            + "change; purchases and renewals are checked against the quota. Decided by the unit's parent organisation")
    public Response submit(@Valid @NotNull NewRegistryRequest request) {
        RegistryRequestView created = requests.submit(request);
        return Response.created(URI.create("/api/registry/requests/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/requests/{id}/approve")
    @Operation(summary = "Approve, with a reason, by someone of the approving organisation (or above). A disposal "
            + "takes the car out of service and releases its terminal; a plate change re-plates the car and keeps the "
            + "old plate in its history; a purchase takes a place of the quota")
    public RegistryRequestView approve(@PathParam("id") long id, @Valid @NotNull Decision decision) {
        return requests.approve(id, decision);
    }

    @POST
    @Path("/requests/{id}/reject")
    @Operation(summary = "Reject, with a reason, by someone of the approving organisation (or above)")
    public RegistryRequestView reject(@PathParam("id") long id, @Valid @NotNull Decision decision) {
        return requests.reject(id, decision);
    }

    @POST
    @Path("/requests/{id}/register")
    @Operation(summary = "Register the car bought under an approved purchase or renewal (kind, seats, energy and pool "
            + "as approved); a renewal's old car then leaves service and its terminal is released")
    public RegistryRequestView register(@PathParam("id") long id, @Valid @NotNull Registration registration) {
        return requests.register(id, registration);
    }

    @GET
    @Path("/vehicles/{id}/history")
    @Operation(summary = "A vehicle's file (一车一档): registration, plates over time, terminals over time, registry "
            + "requests and decisions, trips counted, alarms and complaints (links), disposal")
    public VehicleHistory history(@PathParam("id") long id) {
        return histories.of(id);
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw Problems.badField(field, "one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
