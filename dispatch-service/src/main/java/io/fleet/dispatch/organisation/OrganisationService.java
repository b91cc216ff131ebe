package io.fleet.dispatch.organisation;

import java.util.List;

import io.fleet.dispatch.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository repository;

    OrganisationService(OrganisationRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public List<OrganisationView> list(Long under) {
        List<Organisation> orgs = under == null ? repository.visibleTree() : repository.subtree(require(under));
        return orgs.stream().map(OrganisationView::of).toList();
    }

    @Transactional
    public OrganisationView get(long id) {
        return OrganisationView.of(require(id));
    }

    @Transactional
    public OrganisationView create(NewOrganisation request) {
        Organisation parent = request.parentId() == null ? null : repository.findByIdOptional(request.parentId())
                .orElseThrow(() -> Problems.badField("parentId", "no organisation " + request.parentId()));
        // a new root needs a caller at the root; a child, a parent in the caller's subtree
        repository.scope().within(parent == null ? "/" : parent.path, request.parentId());
        OrganisationKind parentKind = parent == null ? null : parent.kind;
        if (!request.kind().acceptsParent(parentKind)) {
            throw Problems.badField("parentId",
                    request.kind() + " cannot be placed under " + (parentKind == null ? "nothing" : parentKind));
        }
        if (repository.findByCode(request.code()).isPresent()) {
            throw Problems.conflict("code", "organisation code " + request.code() + " is taken");
        }
        Organisation o = new Organisation();
        o.parentId = parent == null ? null : parent.id;
        o.code = request.code();
        o.name = request.name().strip();
        o.kind = request.kind();
        o.id = repository.nextId();
        o.path = (parent == null ? "/" : parent.path) + o.id + "/";
        repository.persistAndFlush(o);
        return OrganisationView.of(o);
    }

    private Organisation require(long id) {
        Organisation o = repository.findByIdOptional(id).orElse(null);
        return repository.scope().visible(o, o == null ? null : o.path, "organisation", id);
    }
}
