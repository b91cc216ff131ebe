package io.fleet.dispatch.supervision.setting;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Versions;
import io.fleet.dispatch.supervision.Tx;
import io.fleet.dispatch.supervision.audit.SupervisionAudit;
import io.fleet.dispatch.supervision.rule.Params;
import io.fleet.dispatch.supervision.rule.RuleKey;
import io.fleet.dispatch.track.OrgScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supervision/settings")
@Tag(name = "Supervision", description = "Private-use alarms with their evidence, and their review")
public class SettingResource {

    /** Who acts: the signed-in caller (an {@code actor} a client sends is ignored). */
    @jakarta.inject.Inject
    io.fleet.dispatch.audit.Actors actors;

    private final DataSource dataSource;
    private final SettingStore store;
    private final SupervisionAudit audit;
    private final OrgScope scope;

    SettingResource(DataSource dataSource, SettingStore store, SupervisionAudit audit, OrgScope scope) {
        this.dataSource = dataSource;
        this.store = store;
        this.audit = audit;
        this.scope = scope;
    }

    public record SettingView(String key, boolean enabled, Map<String, Object> params, Long fromOrgId,
                              Integer ownVersion) {
    }

    @GET
    @Path("/{org}")
    @Operation(summary = "Every rule's setting and the working hours as they apply to an organisation: its own, or "
            + "the nearest ancestor's (fromOrgId), or the defaults (fromOrgId null)")
    public List<SettingView> effective(@PathParam("org") long org) {
        String path = scope.pathOf(org);
        return Tx.run(dataSource, c -> {
            Map<RuleKey, Effective> all = store.effective(c, path);
            List<SettingView> views = new ArrayList<>();
            for (Effective e : all.values()) {
                views.add(new SettingView(e.key().name(), e.enabled(), e.params().asMap(), e.fromOrgId(),
                        ownVersion(c, org, e.key())));
            }
            return views;
        });
    }

    @PUT
    @Path("/{org}/{key}")
    @Operation(summary = "Set an organisation's own value of a rule (on/off, thresholds) or of WORKING_HOURS; its "
            + "subtree inherits it unless a nearer organisation sets its own")
    public SettingView put(@PathParam("org") long org, @PathParam("key") String key,
                           @Valid @NotNull SettingRequest request) {
        scope.pathOf(org);
        RuleKey parsed = key(key);
        Map<String, Object> params = request.params() == null ? Map.of() : request.params();
        String problem = Params.check(parsed, params);
        if (problem != null) {
            throw Problems.badField("params." + problem.substring(0, problem.indexOf(':')),
                    problem.substring(problem.indexOf(':') + 2));
        }
        if (parsed == RuleKey.WORKING_HOURS && !request.enabled()) {
            throw Problems.badField("enabled", "working hours cannot be switched off");
        }
        return Tx.run(dataSource, c -> {
            Integer current = ownVersion(c, org, parsed);
            if (current != null) {
                Versions.require(request.version(), current, "the " + parsed + " setting of organisation " + org);
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO supervision_setting (org_id, key, enabled, params, updated_by) VALUES (?, ?, ?, ?::jsonb, ?)
                    ON CONFLICT (org_id, key) DO UPDATE SET enabled = EXCLUDED.enabled, params = EXCLUDED.params,
                        updated_by = EXCLUDED.updated_by, updated_at = now(), version = supervision_setting.version + 1""")) {
                s.setLong(1, org);
                s.setString(2, parsed.name());
                s.setBoolean(3, request.enabled());
                s.setString(4, audit.write(params));
                s.setString(5, actors.name());
                s.executeUpdate();
            }
            audit.record(c, "setting", org + "/" + parsed, actors.name(), current == null ? "CREATE" : "UPDATE",
                    SupervisionAudit.details("enabled", request.enabled(), "params", params));
            return new SettingView(parsed.name(), request.enabled(), Params.of(parsed, params).asMap(), org,
                    current == null ? 0 : current + 1);
        });
    }

    @DELETE
    @Path("/{org}/{key}")
    @Operation(summary = "Remove an organisation's own value: it inherits again")
    public Map<String, Object> delete(@PathParam("org") long org, @PathParam("key") String key,
                                      @QueryParam("actor") String actor, @QueryParam("version") Integer version) {
        RuleKey parsed = key(key);
        scope.pathOf(org);
        return Tx.run(dataSource, c -> {
            Integer current = ownVersion(c, org, parsed);
            if (current == null) {
                throw Problems.notFound("own setting", org + "/" + parsed);
            }
            Versions.require(version, current, "the " + parsed + " setting of organisation " + org);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM supervision_setting WHERE org_id = ? AND key = ?")) {
                s.setLong(1, org);
                s.setString(2, parsed.name());
                s.executeUpdate();
            }
            audit.record(c, "setting", org + "/" + parsed, null, "DELETE", null);
            return Map.of("org", org, "key", parsed.name(), "deleted", true);
        });
    }

    private static RuleKey key(String key) {
        RuleKey parsed = RuleKey.parse(key);
        if (parsed == null) {
            throw Problems.badField("key", "one of " + List.of(RuleKey.values()));
        }
        return parsed;
    }

    private static Integer ownVersion(java.sql.Connection c, long org, RuleKey key) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT version FROM supervision_setting WHERE org_id = ? AND key = ? FOR UPDATE")) {
            s.setLong(1, org);
            s.setString(2, key.name());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }
}
