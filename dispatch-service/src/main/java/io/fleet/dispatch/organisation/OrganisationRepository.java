package io.fleet.dispatch.organisation;

import java.util.List;
import java.util.Optional;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Sequences;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepository<Organisation> {

    /** Every organisation, parents before children. */
    public List<Organisation> all() {
        return list("order by length(path), code");
    }

    /** The organisation and everything below it, parents before children. */
    public List<Organisation> subtree(Organisation root) {
        return list("path like ?1 order by length(path), code", root.path + "%");
    }

    /** Draws the next id before inserting, so that the path, which contains it, is written with the row. */
    public long nextId() {
        return Sequences.next(getEntityManager(), "organisation_id_seq");
    }

    /** The path whose subtree a list asks for: everything when no organisation is named. */
    public String subtreePath(Long orgId) {
        return orgId == null ? "/" : findByIdOptional(orgId).orElseThrow(() -> Problems.notFound("organisation", orgId)).path;
    }

    public Optional<Organisation> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
