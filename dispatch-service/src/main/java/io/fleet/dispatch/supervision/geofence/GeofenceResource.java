package io.fleet.dispatch.supervision.geofence;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Versions;
import io.fleet.dispatch.supervision.Tx;
import io.fleet.dispatch.supervision.audit.SupervisionAudit;
import io.fleet.dispatch.track.OrgScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supervision/geofences")
@Tag(name = "Supervision", description = "Private-use alarms with their evidence, and their review")
public class GeofenceResource {

    /** Who acts: the signed-in caller (an {@code actor} a client sends is ignored). */
    @jakarta.inject.Inject
    io.fleet.dispatch.audit.Actors actors;

    private final DataSource dataSource;
    private final SupervisionAudit audit;
    private final OrgScope scope;

    GeofenceResource(DataSource dataSource, SupervisionAudit audit, OrgScope scope) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.scope = scope;
    }

    public record GeofenceView(long id, long orgId, String kind, String name, String category, String activeFrom,
                               String activeTo, boolean active, int version, Object geometry) {
    }

    @POST
    @Path("/import")
    @Operation(summary = "Import fences from GeoJSON (all or nothing: a bad feature refuses the whole import, naming it)")
    public Response importFences(@Valid @NotNull GeofenceImport request) {
        String orgPath = scope.pathOf(request.orgId());
        List<Map<String, Object>> features = features(request.geojson());
        List<Long> ids = Tx.run(dataSource, c -> {
            List<Long> created = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                created.add(insert(c, request, orgPath, features.get(i), "geojson.features[" + i + "]"));
            }
            audit.record(c, "geofence", "import", actors.name(), "IMPORT", SupervisionAudit.details(
                    "orgId", request.orgId(), "kind", request.kind(), "ids", created));
            return created;
        });
        return Response.created(URI.create("/api/supervision/geofences?org=" + request.orgId()))
                .entity(Map.of("ids", ids, "imported", ids.size())).build();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> features(Map<String, Object> geojson) {
        Object type = geojson.get("type");
        if ("Feature".equals(type)) {
            return List.of(geojson);
        }
        if (!"FeatureCollection".equals(type) || !(geojson.get("features") instanceof List<?> list) || list.isEmpty()) {
            throw Problems.badField("geojson", "a FeatureCollection with at least one Feature, or one Feature");
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> m) || !"Feature".equals(m.get("type"))) {
                throw Problems.badField("geojson.features[" + i + "]", "not a GeoJSON Feature");
            }
            result.add((Map<String, Object>) m);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private long insert(Connection c, GeofenceImport request, String orgPath, Map<String, Object> feature,
                        String field) throws SQLException {
        Map<String, Object> properties = feature.get("properties") instanceof Map<?, ?> p
                ? (Map<String, Object>) p : Map.of();
        Object name = properties.get("name");
        if (!(name instanceof String n) || n.isBlank() || n.length() > 128) {
            throw Problems.badField(field + ".properties.name", "required, at most 128 characters");
        }
        Object category = properties.get("category");
        if (category != null && (!(category instanceof String s) || s.length() > 32)) {
            throw Problems.badField(field + ".properties.category", "text of at most 32 characters");
        }
        LocalTime from = time(properties.get("activeFrom"), field + ".properties.activeFrom");
        LocalTime to = time(properties.get("activeTo"), field + ".properties.activeTo");
        if ((from == null) != (to == null)) {
            throw Problems.badField(field + ".properties.activeTo", "activeFrom and activeTo go together");
        }
        if (!(feature.get("geometry") instanceof Map<?, ?> geometry)
                || !List.of("Polygon", "MultiPolygon").contains(geometry.get("type"))) {
            throw Problems.badField(field + ".geometry", "a Polygon or MultiPolygon");
        }
        String geometryJson = audit.write(geometry);
        try (PreparedStatement s = c.prepareStatement("""
                SELECT ST_IsValid(g), ST_IsValidReason(g) FROM (SELECT ST_GeomFromGeoJSON(?) AS g) x""")) {
            s.setString(1, geometryJson);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw Problems.badField(field + ".geometry", "invalid polygon: " + rs.getString(2));
                }
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("XX")) {
                throw Problems.badField(field + ".geometry", "not readable GeoJSON geometry");
            }
            throw e;
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO geofence (org_id, org_path, kind, name, category, active_from, active_to, geom, properties,
                                      created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)), ?::jsonb, ?) RETURNING id""")) {
            s.setLong(1, request.orgId());
            s.setString(2, orgPath);
            s.setString(3, request.kind());
            s.setString(4, (String) name);
            s.setString(5, (String) category);
            s.setObject(6, from);
            s.setObject(7, to);
            s.setString(8, geometryJson);
            s.setString(9, audit.write(properties));
            s.setString(10, actors.name());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static LocalTime time(Object value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw Problems.badField(field, "a time of day like 18:00");
        }
    }

    @GET
    @Operation(summary = "Fences of an organisation's subtree, with their geometry as GeoJSON")
    public List<GeofenceView> list(@QueryParam("org") Long org, @QueryParam("kind") String kind) {
        if (org == null) {
            throw Problems.badField("org", "required");
        }
        if (kind != null && !List.of("REGION", "FORBIDDEN", "PATROL").contains(kind)) {
            throw Problems.badField("kind", "REGION, FORBIDDEN or PATROL");
        }
        String path = scope.pathOf(org);
        return Tx.run(dataSource, c -> {
            List<GeofenceView> result = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT id, org_id, kind, name, category, active_from, active_to, active, version, ST_AsGeoJSON(geom)
                    FROM geofence WHERE org_path LIKE ? || '%' AND (?::text IS NULL OR kind = ?) ORDER BY id""")) {
                s.setString(1, path);
                s.setString(2, kind);
                s.setString(3, kind);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        result.add(new GeofenceView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getInt(9),
                                audit.read(rs.getString(10))));
                    }
                }
            }
            return result;
        });
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Deactivate a fence (kept for the evidence of past alarms)")
    public Map<String, Object> deactivate(@PathParam("id") long id, @QueryParam("actor") String actor,
                                          @QueryParam("version") Integer version) {
        return Tx.run(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT version FROM geofence WHERE id = ? AND org_path LIKE ? || '%' FOR UPDATE")) {
                s.setLong(1, id);
                s.setString(2, scope.caller().path());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw Problems.notFound("geofence", id); // or another subtree's (Scope)
                    }
                    Versions.require(version, rs.getInt(1), "geofence " + id);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE geofence SET active = false, version = version + 1 WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            audit.record(c, "geofence", id, null, "DEACTIVATE", null);
            return Map.of("id", id, "active", false);
        });
    }
}
