package io.fleet.dispatch.organisation;

import java.util.List;
import java.util.Optional;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Sequences;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.fleet.dispatch.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepository<Organisation> {

    @Inject
    Scope scope;

    /** Every organisation, parents before children. */
    public List<Organisation> all() {
        return list("order by length(path), code");
    }

    /** The organisation and everything below it, parents before children. */
    public List<Organisation> subtree(Organisation root) {
        return list("path like ?1 order by length(path), code", root.path + "%");
    }

    /** The record if the caller's subtree holds it (a null path: only the root sees it); 404 otherwise (Scope). */
    public <T extends OrganisationOwned> T visible(T record, String what, Object id) {
        return scope.visible(record, record == null ? null : record.orgPath, what, id);
    }

    /** An organisation a record is created in or moved to: 400 when missing, 403 outside the caller's subtree. */
    public Organisation usable(String field, long id) {
        Organisation org = findByIdOptional(id).orElseThrow(() -> Problems.badField(field, "no organisation " + id));
        scope.within(org.path, id);
        return org;
    }

    /** The organisations the caller sees: its subtree, parents before children. */
    public List<Organisation> visibleTree() {
        return list("path like ?1 order by length(path), code", scope.path() + "%");
    }

    public Scope scope() {
        return scope;
    }

    /** Draws the next id before inserting, so that the path, which contains it, is written with the row. */
    public long nextId() {
        return Sequences.next(getEntityManager(), "organisation_id_seq");
    }

    /**
     * The path whose subtree a list asks for: the caller's whole subtree when no organisation is named; 403 for an
     * organisation outside it (Scope).
     */
    public String subtreePath(Long orgId) {
        if (orgId == null) {
            return scope.path();
        }
        return scope.within(findByIdOptional(orgId).orElseThrow(() -> Problems.notFound("organisation", orgId)).path,
                orgId);
    }

    public Optional<Organisation> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
