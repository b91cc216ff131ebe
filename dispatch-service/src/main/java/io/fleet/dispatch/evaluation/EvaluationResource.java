package io.fleet.dispatch.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.track.OrgScope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Evaluation as JSON, CSV or XLSX: {@code format=json|csv|xlsx}, or without it the {@code Accept} header (text/csv,
 * the XLSX media type, else JSON).
 */
@Path("/api/evaluation")
@Tag(name = "Evaluation", description = "Use of official cars per unit (city → district → unit) and per car (绩效评价)")
public class EvaluationResource {

    private static final MediaType CSV = new MediaType("text", "csv");
    private static final MediaType XLSX = MediaType.valueOf(Xlsx.MEDIA_TYPE);

    private final Evaluation evaluation;
    private final OrgScope scope;

    EvaluationResource(Evaluation evaluation, OrgScope scope) {
        this.evaluation = evaluation;
        this.scope = scope;
    }

    @GET
    @Path("/units")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", Xlsx.MEDIA_TYPE})
    @Operation(summary = "The organisation and every organisation below it, each with the sums of its subtree's cars, "
            + "for the days from..to (both included, China time); definitions in docs/evaluation.md")
    public Response units(@QueryParam("org") Long org, @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("format") String format, @Context HttpHeaders headers) {
        EvaluationPeriod period = EvaluationPeriod.parse(from, to);
        String path = path(org);
        return answer(format, headers, () -> evaluation.units(path, period), Sheet::units, "evaluation-units");
    }

    @GET
    @Path("/vehicles")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", Xlsx.MEDIA_TYPE})
    @Operation(summary = "Every car of the organisation's subtree for the days from..to; definitions in docs/evaluation.md")
    public Response vehicles(@QueryParam("org") Long org, @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("format") String format, @Context HttpHeaders headers) {
        EvaluationPeriod period = EvaluationPeriod.parse(from, to);
        String path = path(org);
        return answer(format, headers, () -> evaluation.vehicles(path, period), Sheet::vehicles,
                "evaluation-vehicles");
    }

    private String path(Long org) {
        if (org == null) {
            throw Problems.badField("org", "required: the organisation whose subtree is evaluated");
        }
        return scope.pathOf(org);
    }

    private static <T> Response answer(String format, HttpHeaders headers, Supplier<Evaluation.Report<T>> report,
                                       java.util.function.Function<Evaluation.Report<T>, Sheet> sheet, String name) {
        String chosen = format == null ? fromAccept(headers) : format.strip().toLowerCase(java.util.Locale.ROOT);
        String file = name + "-";
        return switch (chosen) {
            case "json" -> Response.ok(report.get(), MediaType.APPLICATION_JSON_TYPE).build();
            case "csv" -> {
                Evaluation.Report<T> r = report.get();
                // the BOM makes spreadsheet programs read the Chinese names as UTF-8
                byte[] body = ("\uFEFF" + sheet.apply(r).csv()).getBytes(StandardCharsets.UTF_8);
                yield Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition",
                        "attachment; filename=\"" + file + r.from() + "-" + r.to() + ".csv\"").build();
            }
            case "xlsx" -> {
                Evaluation.Report<T> r = report.get();
                yield Response.ok(Xlsx.of(sheet.apply(r)), Xlsx.MEDIA_TYPE).header("Content-Disposition",
                        "attachment; filename=\"" + file + r.from() + "-" + r.to() + ".xlsx\"").build();
            }
            default -> throw Problems.badField("format", "json, csv or xlsx");
        };
    }

    private static String fromAccept(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(XLSX) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return "xlsx";
            }
            if (type.isCompatible(CSV) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return "csv";
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return "json";
            }
        }
        return "json";
    }
}
